/**
 * Responsible units as documents write them: a trailing parenthesis (（牵头单位：X；配合单位：Y、Z）, （责任单位：X、Y）,
 * （X牵头，Y、Z配合）), a line of its own (责任单位：…), or the cells of a task-split table. Group names (各镇、街道,
 * 各县（市、区）, 各有关单位) are one unit and never split on 、.
 */

export interface UnitsFound {
  lead: string[];
  participating: string[];
  deadline: string | null;
  /** True when the lead was chosen by rule rather than named as such (责任单位 listing several: the first leads). */
  leadByOrder: boolean;
}

const LEAD_LABEL =
  '(?:牵头责任单位|牵头责任部门|主要责任单位|主体责任单位|牵头单位|牵头部门|主责单位|主责部门|责任单位|责任部门|负责单位|负责部门|主办单位|承办单位|实施单位)';
const PARTICIPATING_LABEL =
  '(?:协同责任单位|配合责任单位|协同责任部门|协同部门|参加单位|配合单位|配合部门|参与单位|参与部门|协办单位|协作单位|协同单位|配合)';
const DEADLINE_LABEL = '(?:完成时限|完成时间|时间节点|时间安排|完成期限|时限)';
const LABEL = new RegExp(`(${LEAD_LABEL}|${PARTICIPATING_LABEL}|${DEADLINE_LABEL})\\s*[：:]`, 'g');
/** A text that names units: a label, or the X牵头 / Y配合 form. */
const NAMES_UNITS = new RegExp(`(?:${LEAD_LABEL}|${PARTICIPATING_LABEL})\\s*[：:]|牵头[，,；;、]|牵头$|配合$|牵头负责`);

/** Deadlines as written: 2023年底前, 2024年6月底前, 长期坚持, 持续推进, 2023年起. */
const DEADLINE =
  /(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底|末|上半年|下半年|年内)?\s*(?:前|起|以前)?(?:完成|启动|建成)?|长期坚持|持续推进|长期推进|常态化推进|长期|持续|每年)/;

/** A parenthesis that only gives a deadline: （2023年底前完成）, （长期坚持）. */
const ONLY_DEADLINE =
  /^(?:完成时限[：:]\s*)?(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底|末|上半年|下半年)?\s*(?:前|以前)?(?:完成)?|长期坚持|持续推进|长期推进|常态化推进)$/;

/** Words that follow 各 and complete a group name cut by 、: 各镇、街道, 各区、县级市. */
const GROUP_TAIL = /^(?:街道(?:办事处)?|县级市|县|市|区|乡|镇|开发区|园区|管委会|社区|村|市属开发区|功能区)$/;

/** Words after a unit's name that are not part of it: 区水务局等部门, 省市场监管局按职责分工负责. */
const TRAILING_WORDS =
  /(?:按职责分工负责|按职责分工|按职责负责|按职能分工负责|分别负责|等相关部门|等有关部门|等部门|等单位|[。.等])+$/;

/**
 * A list of unit names: split on 、，,；; and spaces, but not inside brackets, and rejoining group names (各镇、街道).
 */
export function splitUnits(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && /[、，,；;\s/]/.test(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const names = parts
    .map((p) =>
      p
        .trim()
        .replace(/^(?:和|及|以及|与|由)/, '')
        .replace(TRAILING_WORDS, ''),
    )
    .filter((p) => p);
  const units: string[] = [];
  for (const name of names) {
    const previous = units[units.length - 1];
    if (previous?.startsWith('各') && GROUP_TAIL.test(name)) units[units.length - 1] = `${previous}、${name}`;
    else units.push(name);
  }
  return units.filter((u) => u.length <= 60);
}

/** Whether a text is a statement of units (a unit line or a trailing parenthesis' content). */
export function namesUnits(text: string): boolean {
  return text.length <= 600 && NAMES_UNITS.test(text);
}

/** The units, deadline and lead of a unit statement (without its brackets). */
export function parseUnits(statement: string): UnitsFound {
  const text = statement.trim();
  const found: UnitsFound = { lead: [], participating: [], deadline: null, leadByOrder: false };
  const labels = [...text.matchAll(LABEL)];
  if (labels.length > 0) {
    let leadLabel = '';
    for (const [i, m] of labels.entries()) {
      const end = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
      // A sentence after the units is a note (…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工).
      const raw = text.slice(m.index + m[0].length, end);
      const stop = raw.search(/。./);
      const value = (stop >= 0 ? raw.slice(0, stop) : raw).trim().replace(/[；;。，,]+$/, '');
      const label = m[1]!;
      if (new RegExp(`^${DEADLINE_LABEL}$`).test(label)) {
        found.deadline = value || null;
      } else if (
        new RegExp(`^${PARTICIPATING_LABEL}$`).test(label) ||
        // 牵头单位：X 责任单位：Y: after a named lead, the units responsible with it take part.
        (/^(?:牵头|主责|主办)/.test(leadLabel) && !/^(?:牵头|主责|主办)/.test(label))
      ) {
        found.participating.push(...splitUnits(value));
      } else {
        leadLabel = label;
        found.lead.push(...splitUnits(value));
      }
    }
    // 责任单位：X（牵头）、Y: the marked unit leads.
    const marked = /[（(]\s*牵头\s*[）)]$/;
    if (found.lead.some((u) => marked.test(u))) {
      found.participating.unshift(...found.lead.filter((u) => !marked.test(u)));
      found.lead = found.lead.filter((u) => marked.test(u)).map((u) => u.replace(marked, ''));
    }
    // 责任单位：X、Y with no 配合 list: the first named unit leads, the others take part.
    else if (found.participating.length === 0 && found.lead.length > 1 && !leadLabel.startsWith('牵头')) {
      found.participating = found.lead.slice(1);
      found.lead = found.lead.slice(0, 1);
      found.leadByOrder = true;
    }
  } else {
    // X牵头，Y、Z配合 (also X负责; Y参与). A list without a role word takes that of the list after it
    // (X牵头，Y、Z等部门，W配合: Y and Z take part too).
    let pending: string[] = [];
    for (const clause of text.split(/[，,；;。]/)) {
      const c = clause.trim();
      const lead = /^(.+?)(?:牵头负责|牵头|负责)$/.exec(c);
      const part = /^(.+?)(?:配合|参与|协同|协助|按职责分工负责|按职责负责)$/.exec(c);
      if (lead) {
        found.lead.push(...pending, ...splitUnits(lead[1]!));
        pending = [];
      } else if (part) {
        found.participating.push(...pending, ...splitUnits(part[1]!));
        pending = [];
      } else if (!found.deadline && DEADLINE.test(c) && c.length <= 20) found.deadline = c;
      else if (found.lead.length > 0 && c && splitUnits(c).every((u) => UNIT_NAME.test(u))) {
        pending.push(...splitUnits(c));
      }
    }
  }
  // A deadline written among the units: （牵头单位：X；2023年底前）.
  const wholeDeadline = new RegExp(`^${DEADLINE.source}$`);
  for (const list of [found.lead, found.participating]) {
    const i = list.findIndex((u) => wholeDeadline.test(u));
    if (i >= 0) {
      found.deadline ??= list[i]!;
      list.splice(i, 1);
    }
  }
  return found;
}

/** The brackets a unit statement may stand in: （…）, (…), 〔…〕, 【…】, […]. */
const OPEN = /[（(〔【［[]/;
const CLOSE = /[）)〕】］\]]/;

/**
 * A trailing parenthesis naming units at the end of a text: the text without it, and the statement.
 * Found from the last opening bracket, so the search is linear in the text's length.
 */
export function trailingUnits(text: string): { rest: string; statement: string; deadline?: string } | null {
  // Trailing punctuation, trimmed by hand: a `[…]+$` pattern is quadratic on a long run of it.
  let end = text.length;
  while (end > 0 && /[。；;\s]/.test(text[end - 1]!)) end--;
  let trimmed = text.slice(0, end);
  // A deadline may follow the parenthesis: （牵头单位：X；配合单位：Y）2024年6月底前完成。
  let deadline: string | undefined;
  if (!CLOSE.test(trimmed.slice(-1))) {
    const close = Math.max(...[...'）)〕】］]'].map((c) => trimmed.lastIndexOf(c)));
    const tail = close < 0 ? '' : trimmed.slice(close + 1).trim();
    if (close < 0 || tail.length > 40 || !ONLY_DEADLINE.test(tail)) return null;
    deadline = tail;
    trimmed = trimmed.slice(0, close + 1);
  }
  // Walk back to the matching opening bracket.
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0 && i >= trimmed.length - 600; i--) {
    const ch = trimmed[i]!;
    if (CLOSE.test(ch)) depth++;
    else if (OPEN.test(ch)) {
      depth--;
      if (depth === 0) {
        const statement = trimmed.slice(i + 1, -1);
        if (!namesUnits(statement) && !ONLY_DEADLINE.test(statement.trim())) return null;
        return { rest: trimmed.slice(0, i).trim(), statement, ...(deadline ? { deadline } : {}) };
      }
    }
  }
  return null;
}

/** A paragraph that is only a unit statement: 责任单位：…, or （牵头单位：…） on its own line. */
export function unitLine(text: string): string | null {
  const t = text.trim();
  if (t.length > 600) return null;
  const bracketed = /^[（(〔【［[](.*)[）)〕】］\]][。；;]?$/.exec(t);
  if (bracketed && namesUnits(bracketed[1]!)) return bracketed[1]!;
  if (new RegExp(`^(?:${LEAD_LABEL}|${PARTICIPATING_LABEL})\\s*[：:]`).test(t)) return t;
  return null;
}

/** A deadline in a table cell or a text, as written. */
export function deadlineIn(text: string): string | null {
  const d = DEADLINE.exec(text.slice(0, 200));
  return d ? d[0].trim() || null : null;
}

/** A deadline in prose: 2024年底前完成, 2023年6月底前建成 (a year, 底/末 or a month, and 前). */
const PROSE_DEADLINE =
  /(?:19|20)\d{2}\s*年\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*)?(?:底|末)?\s*前(?:全面|基本)?(?:完成|建成|实现|落实|出台|启动|投用|投入使用)?/;

/** The first deadline a measure's prose states, as written, or null. */
export function deadlineInProse(text: string): string | null {
  const m = PROSE_DEADLINE.exec(text.slice(0, 4000));
  return m ? m[0].replace(/\s+/g, '') : null;
}

/** A paragraph that only gives a deadline: 完成时限：2023年底前. */
export function deadlineLine(text: string): string | null {
  const m = new RegExp(`^${DEADLINE_LABEL}\\s*[：:]\\s*(.{1,40})$`).exec(text.trim());
  return m ? m[1]!.replace(/[。；;]$/, '') : null;
}

/** The role of a task-split table's column, from its header cell. */
export function columnRole(
  header: string,
): 'number' | 'category' | 'task' | 'lead' | 'participating' | 'units' | 'deadline' | null {
  const h = header.replace(/\s+/g, '');
  if (/^(?:序号|编号|序列)$/.test(h)) return 'number';
  if (/配合|参与|协办|协同|协作/.test(h)) return 'participating';
  if (/牵头|主责|主办/.test(h)) return 'lead';
  if (/责任|负责|承办|实施单位|单位/.test(h)) return 'units';
  if (/时限|时间|期限|节点|进度/.test(h)) return 'deadline';
  if (/类别|领域|板块|方面|专项|行动名称|工程名称|重点工程|序列名称/.test(h)) return 'category';
  if (/任务|内容|措施|事项|工作|举措|项目|目标/.test(h)) return 'task';
  return null;
}

/** A table cell's task without its ordinal: 1.加强… → { marker: '1.', rest: '加强…' }. */
export function markerlessTitle(cell: string): { marker: string | null; rest: string } {
  const m =
    /^(\d{1,3}\s*[．.、](?!\d)|[（(]\s*[一二三四五六七八九十\d]{1,4}\s*[）)]|[一二三四五六七八九十]{1,3}、)\s*/.exec(
      cell,
    );
  return m && m[0].length < cell.length
    ? { marker: m[1]!.replace(/\s+/g, ''), rest: cell.slice(m[0].length) }
    : { marker: null, rest: cell };
}

/** A name that reads as a unit (区市场监督管理局, 市发展改革委, 各镇（街道）, 相关部门). */
const UNIT_NAME =
  /(?:局|委|办|部|院|府|中心|厅|会|队|所|公司|室|镇|街道|组|部门|单位|处|科|站|团)(?:[（(][^（()）]{1,10}[）)])?$/;

/** Units named in prose: X会同Y、Z…, 由X牵头, X牵头…; the phrase it read them from. */
export function unitsInProse(text: string): (UnitsFound & { phrase: string }) | null {
  for (const sentence of text.slice(0, 4000).split(/[。；;]/)) {
    for (const clause of sentence.split(/[，,]/)) {
      const together =
        /^(?:由)?([^，,、]{2,24}?)会同([^，,]{2,60}?)(?:共同|积极|认真|按照|做好|开展|负责|统筹|研究|协调|推进|落实|组织)/.exec(
          clause,
        );
      if (together && UNIT_NAME.test(together[1]!)) {
        const participating = splitUnits(together[2]!).filter(
          (u) => UNIT_NAME.test(u) && !/^(?:相关|有关|其他|其它)/.test(u),
        );
        return { lead: [together[1]!], participating, deadline: null, leadByOrder: false, phrase: clause };
      }
      const leads = /^由?([^，,、]{2,24}?)牵头/.exec(clause);
      if (leads && UNIT_NAME.test(leads[1]!)) {
        return { lead: [leads[1]!], participating: [], deadline: null, leadByOrder: false, phrase: clause };
      }
    }
  }
  return null;
}
