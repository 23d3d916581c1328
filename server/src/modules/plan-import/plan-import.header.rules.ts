import { DATE_PATTERN, parseDate } from './plan-import.numerals';
import { flag, type ProposedFlag, type ProposedPlanHeader } from './plan-import.proposed';

/** 博政发〔2022〕8号, 鲁政办字[2023]12号, 京政发(2021)3号. */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔［[(（【]\s*(?:19|20)\d{2}\s*[〕］\])）】]\s*\d{1,4}\s*号/;
/** The kinds of document the importer reads, at the end of a title (before its period). */
const PLAN_KIND = /(?:方案|计划|要点|规划|意见|清单|措施|办法|安排|细则|纲要)/;
/** 关于印发《X》的通知 → X. */
const NOTICE = /^(?:[\u4e00-\u9fa5]{0,30}?)关于印发\s*《?(.{2,120}?)》?\s*的\s*通知$/;
/** A unit that issues documents. */
const ISSUER = /(?:人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|领导小组|局|厅|委|部|院|管委会|指挥部)$/;
/** 2022—2025年, 2022-2025年, 2022年—2025年, 2022至2025年. */
const PERIOD = /((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})\s*年/;
const SINGLE_YEAR = /[（(]\s*((?:19|20)\d{2})\s*年(?:度)?\s*[）)]|((?:19|20)\d{2})\s*年(?:度)?/;

/** Header lines are short; anything long is prose, and is not searched (keeps the regexes cheap). */
const isShort = (text: string) => text.length <= 160;

const tidyTitle = (title: string) =>
  title
    .replace(/\s+(?=[（(])/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A notice's title a layout broke over lines (关于印发…方案 / （2023—2025年）的通知) is put back on one. */
function joinNoticeTitle(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (/^关于印发/.test(line) && !/通知$/.test(line) && line.length <= 80) {
      for (let j = i + 1; j < Math.min(i + 4, lines.length); j++) {
        const next = lines[j]!;
        if (next.length > 80 || /[。；，,：:]/.test(next)) break;
        if (/通知$/.test(next)) {
          line = lines.slice(i, j + 1).join('');
          i = j;
          break;
        }
      }
    }
    out.push(line);
  }
  return out;
}

/** The plan's period from its title (a range, or a single year), as dates. */
export function periodOf(title: string | null): { startsOn: string | null; endsOn: string | null } {
  if (!title) return { startsOn: null, endsOn: null };
  const range = PERIOD.exec(title);
  if (range && Number(range[1]) <= Number(range[2])) {
    return { startsOn: `${range[1]}-01-01`, endsOn: `${range[2]}-12-31` };
  }
  const single = SINGLE_YEAR.exec(title);
  const year = single ? (single[1] ?? single[2]) : undefined;
  return year ? { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` } : { startsOn: null, endsOn: null };
}

/**
 * The header from the paragraphs before the numbered parts (the 印发 notice, the title, the preamble) and the
 * document's last paragraphs (a signature and date may close it instead).
 */
export function readHeader(front: string[], tail: string[]): { header: ProposedPlanHeader; flags: ProposedFlag[] } {
  const flags: ProposedFlag[] = [];
  const lines = joinNoticeTitle(front.map((t) => t.trim()));

  // 文号: a line of its own first, else the first one in a short header line.
  let docNumber: string | null = null;
  for (const line of lines.filter(isShort)) {
    const m = DOC_NUMBER.exec(line);
    if (m && m[0].replace(/\s+/g, '') === line.replace(/\s+/g, '')) {
      docNumber = m[0].replace(/\s+/g, '');
      break;
    }
  }
  if (!docNumber) {
    const inLine = lines.filter(isShort).find((line) => DOC_NUMBER.test(line));
    if (inLine) docNumber = DOC_NUMBER.exec(inLine)![0].replace(/\s+/g, '');
  }

  // Title: the notice's 《…》, else a short line ending with a plan kind (and its period).
  let title: string | null = null;
  let titleIndex = -1;
  for (const [i, line] of lines.entries()) {
    if (!isShort(line)) continue;
    const m = NOTICE.exec(line);
    if (m) {
      title = tidyTitle(m[1]!);
      titleIndex = i;
      break;
    }
  }
  if (!title) {
    const titled = new RegExp(`${PLAN_KIND.source}\\s*(?:[（(][^（()）]{0,20}[）)])?\\s*$`);
    for (const [i, line] of lines.entries()) {
      if (line.length <= 80 && titled.test(line) && !/[。；，,]/.test(line)) {
        title = tidyTitle(line.replace(/^[《]|[》]$/g, ''));
        titleIndex = i;
        break;
      }
    }
  }
  if (!title) flags.push(flag('NO_TITLE', '未找到文件标题，请补充'));

  // Issuing date: a line that is only a date (the signature), in the header, else at the end.
  const dateLine = (candidates: string[]) =>
    candidates.findIndex(
      (line) => isShort(line) && DATE_PATTERN.test(line) && line.replace(DATE_PATTERN, '').trim() === '',
    );
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  const isIssuer = (line: string | undefined) =>
    !!line && line.length <= 40 && ISSUER.test(line) && !/[。，,：:]/.test(line);
  const frontDate = dateLine(lines);
  if (frontDate >= 0) {
    issuedOn = parseDate(lines[frontDate]!);
    if (isIssuer(lines[frontDate - 1])) issuer = lines[frontDate - 1]!;
  } else {
    const tailLines = tail.map((t) => t.trim());
    const tailDate = dateLine(tailLines);
    if (tailDate >= 0) {
      issuedOn = parseDate(tailLines[tailDate]!);
      if (isIssuer(tailLines[tailDate - 1])) issuer = tailLines[tailDate - 1]!;
    }
  }
  // Issuer: the line before the notice's title, else the first line that names a unit.
  if (!issuer && titleIndex > 0 && isIssuer(lines[titleIndex - 1])) issuer = lines[titleIndex - 1]!;
  if (!issuer) {
    const first = lines.slice(0, Math.max(titleIndex, 0) + 1).find((line) => isIssuer(line));
    if (first) issuer = first;
  }
  if (!issuer) flags.push(flag('NO_ISSUER', '未找到印发机关，请补充'));

  const { startsOn, endsOn } = periodOf(title);
  if (title && !startsOn) flags.push(flag('NO_PERIOD', '标题中没有实施期限，请补充起止日期'));

  // Summary: the prose after the title (the paragraphs long enough to be sentences).
  const afterTitle = lines.slice(titleIndex + 1);
  const lastTitleLike = afterTitle.findLastIndex((line) => title !== null && tidyTitle(line) === title);
  const prose = afterTitle
    .slice(lastTitleLike + 1)
    .filter((line) => line.length > 20 && /[。]$/.test(line) && !line.includes('印发给你们'));
  const summary = prose.length > 0 ? prose.join('\n') : null;

  return { header: { title, issuer, docNumber, issuedOn, startsOn, endsOn, summary }, flags };
}
