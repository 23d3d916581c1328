import { DomainError } from '../../shared/errors';

/** The longest name or alias a unit may have. */
export const NAME_MAX = 100;

const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** A unit of the register as the rules see it. */
export interface RegisterUnit {
  id: number;
  code: string;
  name: string;
  aliases: readonly string[];
}

/** BAD_USER_INPUT unless `code` is a register code (lower-case letters, digits, hyphens; 2 to 63). */
export function checkCode(code: string, field: string): string {
  if (!CODE.test(code)) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: '部门编码须为 2 至 63 位小写字母、数字或连字符，以字母或数字开头',
      detail: 'DEPARTMENT_CODE_FORMAT',
    });
  }
  return code;
}

/** A name or alias as stored: trimmed, one line, 1 to NAME_MAX characters; BAD_USER_INPUT otherwise. */
export function checkName(value: string, field: string, label: string): string {
  const name = value.trim();
  if (name.length === 0)
    throw new DomainError('BAD_USER_INPUT', { field, reason: `${label}不能为空`, detail: 'REQUIRED' });
  if (name.length > NAME_MAX) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: `${label}不能超过 ${NAME_MAX} 个字符（现有 ${name.length} 个）`,
      detail: 'TOO_LONG',
    });
  }
  return name;
}

/**
 * CONFLICT unless `name` (normalised by `normalize`) is free in the register: no other unit bears it as its name or
 * an alias. `self` is the unit being changed, whose own names never collide with it.
 */
export function checkNameFree(
  units: readonly RegisterUnit[],
  name: string,
  normalize: (name: string) => string,
  field: string,
  self: number | null,
): void {
  const wanted = normalize(name);
  for (const unit of units) {
    if (unit.id === self) continue;
    if (normalize(unit.name) === wanted) {
      throw new DomainError('CONFLICT', {
        field,
        reason: `「${name}」已是部门「${unit.name}」（${unit.code}）的名称`,
        detail: 'NAME_TAKEN',
      });
    }
    if (unit.aliases.some((alias) => normalize(alias) === wanted)) {
      throw new DomainError('CONFLICT', {
        field,
        reason: `「${name}」已是部门「${unit.name}」（${unit.code}）的别名`,
        detail: 'NAME_TAKEN',
      });
    }
  }
}

/**
 * A unit's aliases as given: each checked (checkName), none repeated, none its own name, none another unit's name
 * or alias. Returns them trimmed, in the order given.
 */
export function checkAliases(
  units: readonly RegisterUnit[],
  self: RegisterUnit,
  aliases: readonly string[],
  normalize: (name: string) => string,
): string[] {
  const seen = new Set<string>();
  return aliases.map((value, i) => {
    const field = `input.aliases.${i}`;
    const alias = checkName(value, field, '别名');
    const key = normalize(alias);
    if (key === normalize(self.name)) {
      throw new DomainError('BAD_USER_INPUT', {
        field,
        reason: `别名「${alias}」与部门名称相同`,
        detail: 'ALIAS_IS_NAME',
      });
    }
    if (seen.has(key)) {
      throw new DomainError('BAD_USER_INPUT', { field, reason: `别名「${alias}」重复`, detail: 'ALIAS_REPEATED' });
    }
    seen.add(key);
    checkNameFree(units, alias, normalize, field, self.id);
    return alias;
  });
}

/** A day given for a change (YYYY-MM-DD), not after today and not before `notBefore`; BAD_USER_INPUT otherwise. */
export function checkChangeDay(
  day: string,
  today: string,
  field: string,
  label: string,
  notBefore?: { day: string; why: string },
): string {
  if (day > today) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: `${label}不能晚于今天（${today}）`,
      detail: 'DATE_IN_FUTURE',
    });
  }
  if (notBefore && day < notBefore.day) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: `${label}不能早于${notBefore.why}（${notBefore.day}）`,
      detail: 'DATE_TOO_EARLY',
    });
  }
  return day;
}
