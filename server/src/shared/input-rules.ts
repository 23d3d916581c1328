/**
 * The rules every string the API takes must pass before any service sees it (app/input-gate.ts applies them to
 * every argument of the schema). Pure: each returns the problem, or null when the value is acceptable.
 */

/** What a string argument is, which decides its rules. */
export type InputKind =
  /** A numeric row id (GraphQL ID): digits only, no sign, no leading zero, within PostgreSQL's integer. */
  | 'id'
  /** A code of a plan, measure, department, goal or indicator. */
  | 'code'
  /** A sign-in name: one line. */
  | 'username'
  /** A password being checked (login): any printable text. */
  | 'secret'
  /** A password being set: printable, long enough, not one character repeated. */
  | 'newPassword'
  /** A cursor, period or key: one short line without spaces. */
  | 'token'
  /** A name, title or link: one line. */
  | 'line'
  /** Free text: newlines and tabs allowed. */
  | 'text';

export interface InputProblem {
  reason: string;
  detail: string;
}

/** Upper bounds by kind; services keep their own, often smaller, limits with their own reasons. */
export const MAX_LENGTH: Record<InputKind, number> = {
  id: 20,
  code: 64,
  username: 64,
  secret: 200,
  newPassword: 200,
  token: 200,
  line: 2_000,
  text: 20_000,
};

export const MIN_PASSWORD_LENGTH = 8;
const MAX_ID = 2_147_483_647;

// C0 and C1 control characters and DEL, except tab, line feed and carriage return (allowed in free text only).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ID = /^[1-9][0-9]*$/;
// Letters, marks, digits, punctuation, symbols and the plain space: what a person can type and read back.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u;

/** Why `value`, taken as `kind`, is refused; null when it is acceptable. */
export function inputProblem(kind: InputKind, value: string): InputProblem | null {
  if (!value.isWellFormed()) {
    return { reason: '含有不完整的 Unicode 字符（孤立代理项），请重新输入', detail: 'MALFORMED_TEXT' };
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { reason: `含有不允许的控制字符（U+${code}）`, detail: 'CONTROL_CHARACTER' };
  }
  // Characters, not UTF-16 units: a limit of 200 means 200 汉字 or emoji alike.
  const length = [...value].length;
  const max = MAX_LENGTH[kind];
  if (length > max) return { reason: `不能超过 ${max} 个字符（现有 ${length} 个）`, detail: 'TOO_LONG' };
  if (kind !== 'text' && LINE_BREAK_OR_TAB.test(value)) {
    return { reason: '不能包含换行或制表符', detail: 'MULTILINE' };
  }
  switch (kind) {
    case 'id':
      return ID.test(value) && Number(value) <= MAX_ID
        ? null
        : { reason: `须为 1 至 ${MAX_ID} 之间的整数编号，不含空格或符号`, detail: 'ID_FORMAT' };
    case 'code':
      return CODE.test(value)
        ? null
        : { reason: '编码须以字母或数字开头，只含字母、数字、点、下划线或连字符', detail: 'CODE_FORMAT' };
    case 'token':
      return /\s/.test(value) ? { reason: '不能包含空白字符', detail: 'TOKEN_FORMAT' } : null;
    case 'newPassword':
      return passwordProblem(value);
    default:
      return null;
  }
}

/** Why a new password is refused: too short, not printable, or one character repeated. Null when acceptable. */
export function passwordProblem(password: string): InputProblem | null {
  const characters = [...password];
  if (characters.length < MIN_PASSWORD_LENGTH || characters.length > MAX_LENGTH.newPassword) {
    return {
      reason: `密码长度须为 ${MIN_PASSWORD_LENGTH} 至 ${MAX_LENGTH.newPassword} 个字符`,
      detail: 'PASSWORD_LENGTH',
    };
  }
  if (!password.isWellFormed() || !PRINTABLE.test(password)) {
    return { reason: '密码只能包含可打印字符（字母、数字、标点、符号或空格）', detail: 'PASSWORD_NOT_PRINTABLE' };
  }
  if (password.trim() !== password) return { reason: '密码不能以空格开头或结尾', detail: 'PASSWORD_SPACES' };
  if (new Set(characters).size === 1) return { reason: '密码不能由同一个字符重复组成', detail: 'PASSWORD_WEAK' };
  return null;
}

/** The kind of a String argument or input field, from its name and where it is (`Mutation.login.password`). */
export function kindOfName(name: string, coordinate: string): InputKind {
  if (name === 'password') return coordinate === 'Mutation.login.password' ? 'secret' : 'newPassword';
  if (name === 'username') return 'username';
  if (name === 'code' || name.endsWith('Code')) return 'code';
  if (/^(after|before|cursor|period|idempotencyKey)$/.test(name) || name.endsWith('Cursor')) return 'token';
  if (/(name|Name|title|Title|url|Url)$/.test(name)) return 'line';
  return 'text';
}
