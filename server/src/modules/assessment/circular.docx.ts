import { today as todayOf } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import {
  addressee,
  body,
  chineseDate,
  heading,
  letterhead,
  officialDocx,
  ordinal,
  signature,
  subheading,
  table,
  title,
} from '../../shared/official-word';
import type { RequestScope } from '../../shared/request-scope';
import { getDepartmentById } from '../department';
import { periodName } from '../period';
import type { PlanRow } from '../plan';
import { PART_KINDS, PART_NAME, WEIGHT_FIELD } from './assessment.rules';
import { type AssessmentView, type DepartmentAssessmentView, getWholeAssessment } from './assessment.service';

/** 通报表扬: the units ranked in the first three places (并列 included). */
export const PRAISED_RANKS = 3;

/** The units praised: ranked 1 to PRAISED_RANKS, best first. */
export const praisedRows = (rows: readonly DepartmentAssessmentView[]) =>
  rows.filter((row) => row.rank !== null && row.rank <= PRAISED_RANKS);

/** The units named for lateness: any owed report late or missing in the period, the most missing first. */
export const lateRows = (rows: readonly DepartmentAssessmentView[]) =>
  rows
    .filter((row) => row.reporting.late + row.reporting.missing > 0)
    .sort((a, b) => b.reporting.missing - a.reporting.missing || b.reporting.late - a.reporting.late);

/** The period in words: 2025年度, 2025年第三季度, 2025年上半年, or the term so far. */
export function periodWords(view: Pick<AssessmentView, 'period' | 'to'>): string {
  return view.period ? periodName(view.period) : `实施以来（截至${chineseDate(view.to)}）`;
}

const DOC_NUMBER = /^[^\p{Cc}]{1,40}$/u;

/** The number the office gives, or blanks to fill in by hand when it gives none. */
function docNumberOf(given: string | null | undefined): string {
  if (given == null || given.trim() === '') return '〔　　　　〕　　号';
  const text = given.trim();
  if (!DOC_NUMBER.test(text)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'docNumber',
      reason: '文号须为 1 至 40 个字符，不含控制字符',
      detail: 'DOC_NUMBER',
    });
  }
  return text;
}

const points = (row: DepartmentAssessmentView, i: number) => {
  const part = row.parts[i];
  return part?.points == null ? '不适用' : String(part.points);
};

/** The circular laid out in GB/T 9704: 版头, title, 主送, body with the ranking table, 署名 and date. */
export function circularDocument(plan: PlanRow, view: AssessmentView, issuer: string, docNumber: string, date: string) {
  const words = periodWords(view);
  const praised = praisedRows(view.rows);
  const late = lateRows(view.rows);
  const weights = PART_KINDS.map((kind) => `${PART_NAME[kind]}（权重 ${view.weights[WEIGHT_FIELD[kind]]}）`);
  return [
    ...letterhead(issuer, docNumber),
    title(`关于${words}${plan.title}考核情况的通报`),
    addressee('各有关单位：'),
    body(
      `根据《${plan.title}》${plan.docNumber ? `（${plan.docNumber}）` : ''}要求，${issuer}对各责任单位${words}` +
        `（${view.from} 至 ${view.to}）的落实情况进行了考核。现将有关情况通报如下。`,
    ),
    heading('一、考核排名'),
    body(`本次考核单位 ${view.rows.length} 个，按${weights.join('、')}四项计分，满分 100 分。各单位得分及排名如下：`),
    table(
      [
        { title: '名次', width: 18 },
        { title: '单位', width: 40 },
        ...PART_KINDS.map((kind) => ({ title: PART_NAME[kind], width: 20 })),
        { title: '得分', width: 18 },
      ],
      view.rows.map((row) => [
        row.rankText,
        row.department.name,
        ...PART_KINDS.map((_, i) => points(row, i)),
        row.score === null ? '—' : String(row.score),
      ]),
    ),
    heading('二、通报表扬'),
    body(
      praised.length === 0
        ? '本期没有参加排名的单位。'
        : `${praised.map((row) => row.department.name).join('、')}考核排名前列，予以通报表扬。`,
    ),
    ...praised.map((row) => body(`${row.department.name}：${row.rankText}，${row.summary}。`)),
    heading('三、报送逾期和未报的单位'),
    body(
      late.length === 0
        ? '考核期内各单位均按时报送。'
        : `以下 ${late.length} 个单位存在进度报告逾期报送或未报送的情况，予以通报，请于下一报送期前补报并说明原因：`,
    ),
    ...late.map((row) =>
      body(
        `${row.department.name}：应报 ${row.reporting.owed} 期，逾期 ${row.reporting.late} 期，未报 ${row.reporting.missing} 期。`,
      ),
    ),
    heading('四、各单位得分情况'),
    ...view.rows.flatMap((row, i) => [
      subheading(
        `（${ordinal(i + 1)}）${row.department.name}（${row.rankText}${row.score === null ? '' : `，${row.score} 分`}）`,
      ),
      ...row.parts.map((part) =>
        body(`${part.name}${part.points === null ? '（不适用）' : ` ${part.points} 分`}：${part.summary}。`),
      ),
    ]),
    body(`计分规则：${view.rule}。`),
    addressee(''),
    signature(issuer),
    signature(chineseDate(date)),
  ];
}

/** 通报 of a plan's assessment for a period, as a Word file, from the same service as the 考核 page. */
export async function circularDocx(
  scope: RequestScope,
  planCode: string,
  options: { period?: string | null; docNumber?: string | null },
): Promise<{ fileName: string; body: Uint8Array }> {
  const docNumber = docNumberOf(options.docNumber);
  const { plan, view } = await getWholeAssessment(scope, planCode, options.period);
  const group = plan.leadingGroupId === null ? null : await getDepartmentById(scope, plan.leadingGroupId);
  const issuer = group ? `${group.name}办公室` : plan.issuer;
  const name = `考核通报（${view.period ?? `截至${view.to}`}）`;
  return {
    fileName: `${name}.docx`,
    body: await officialDocx(name, circularDocument(plan, view, issuer, docNumber, todayOf(scope.clock))),
  };
}
