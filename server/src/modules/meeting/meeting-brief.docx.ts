import {
  addressee,
  body,
  centred,
  chineseDate,
  FONT,
  heading,
  officialDocx,
  ordinal,
  SIZE,
  subheading,
  table,
  title,
} from '../../shared/official-word';
import type { RequestScope } from '../../shared/request-scope';
import { WarningLevel } from '../supervision';
import { UrgeLevel } from '../urge';
import { getMeetingBrief, type MeetingBrief } from './meeting.service';

const LEVEL: Record<WarningLevel, string> = {
  [WarningLevel.RED]: '红',
  [WarningLevel.YELLOW]: '黄',
  [WarningLevel.BLUE]: '蓝',
  [WarningLevel.GREEN]: '绿',
  [WarningLevel.GREY]: '灰',
};

const URGE_LEVEL: Record<UrgeLevel, string> = {
  [UrgeLevel.REMIND]: '提醒',
  [UrgeLevel.CHASE]: '催办',
  [UrgeLevel.SUPERVISE]: '督办',
};

/** The section titles, numbered 一、二、…: the test reads the document back by them. */
export const BRIEF_SECTIONS = [
  '总体情况',
  '滞后和存在风险的措施',
  '需协调解决的问题',
  '督办事项',
  '上次调度会以来的领导批示',
] as const;

/** The brief laid out: one section per part of the 调度会 page, in the page's order and words. */
export function meetingBriefDocument(brief: MeetingBrief) {
  const { overview, plan } = brief;
  const counts = overview.verdictCounts;
  const section = (n: number, suffix = '') => heading(`${ordinal(n + 1)}、${BRIEF_SECTIONS[n]}${suffix}`);
  const overdueNotices = brief.openNotices.filter((n) => n.overdue).length;
  return [
    title('调度会材料'),
    centred(plan.title, { font: FONT.subheading }),
    centred(`（截至${chineseDate(brief.asOf)}）`, { font: FONT.subheading }),
    addressee(''),
    section(0),
    body(
      `${overview.scope}。${overview.phaseLabel}；${overview.periodLabel}。按三色预警：` +
        `红色 ${counts.red} 项，黄色 ${counts.yellow} 项，蓝色 ${counts.blue} 项，绿色 ${counts.green} 项，` +
        `灰色 ${counts.grey} 项，共 ${counts.total} 项；有逾期未报的措施 ${overview.overdue} 项。`,
    ),
    table(
      [
        { title: '红色', width: 26 },
        { title: '黄色', width: 26 },
        { title: '蓝色', width: 26 },
        { title: '绿色', width: 26 },
        { title: '灰色', width: 26 },
        { title: '合计', width: 26 },
      ],
      [[counts.red, counts.yellow, counts.blue, counts.green, counts.grey, counts.total].map(String)],
    ),
    section(1, `（${brief.lagging.length} 项）`),
    ...(brief.lagging.length === 0
      ? [body('没有滞后或存在风险的措施。')]
      : [
          table(
            [
              { title: '措施', width: 38 },
              { title: '牵头单位', width: 24 },
              { title: '配合单位', width: 24 },
              { title: '预警', width: 12 },
              { title: '原因', width: 58 },
            ],
            brief.lagging.map((m) => [
              `${m.code} ${m.title}`,
              m.leads.join('、'),
              m.participants.join('、'),
              LEVEL[m.level],
              m.reason,
            ]),
          ),
        ]),
    section(2, `（${brief.problemGroups.reduce((sum, g) => sum + g.problems.length, 0)} 项）`),
    ...(brief.problemGroups.length === 0
      ? [body('最新报告中没有需协调的问题。')]
      : brief.problemGroups.flatMap((group, i) => [
          subheading(
            `（${ordinal(i + 1)}）${group.to ? `请${group.to.name}协助` : '未指明协助部门'}（${group.problems.length} 项）`,
          ),
          ...group.problems.map((p) => body(`${p.raisedBy.name}（${p.measure.code}，${p.period}）：${p.text}`)),
        ])),
    section(3, `（未办结 ${brief.openNotices.length} 件，逾期 ${overdueNotices} 件）`),
    ...(brief.openNotices.length === 0
      ? [body('没有未办结的督办单。')]
      : [
          table(
            [
              { title: '责任单位', width: 28 },
              { title: '措施', width: 18 },
              { title: '级别', width: 20 },
              { title: '督办事项', width: 60 },
              { title: '反馈期限', width: 30 },
            ],
            brief.openNotices.map((n) => [
              n.department,
              n.measure.code,
              `${URGE_LEVEL[n.level]}${n.escalations > 0 ? `\n由${URGE_LEVEL[n.issuedLevel]}逾期升级` : ''}`,
              n.text,
              `${n.dueOn}${n.overdue ? '\n已超期' : ''}`,
            ]),
          ),
        ]),
    section(4, `（${brief.since} 以来，${brief.instructions.length} 条）`),
    ...(brief.instructions.length === 0
      ? [body('上次调度会以来没有领导批示。')]
      : brief.instructions.map((row) =>
          body(
            `${row.issuedOn}，${row.issuedBy}对 ${row.measure.code} ${row.measure.title}批示（致${row.addressees.join('、')}）：${row.text}`,
          ),
        )),
    centred(''),
    centred(`督办系统生成于${chineseDate(brief.asOf)}`, { size: SIZE.sihao, font: FONT.subheading }),
  ];
}

/** 调度会材料 as a Word file, from getMeetingBrief (the services of the 调度会 page and the cockpit). */
export async function meetingBriefDocx(
  scope: RequestScope,
  planCode: string,
  options: { asOf?: string | null; since?: string | null },
): Promise<{ fileName: string; body: Uint8Array }> {
  return meetingBriefFile(await getMeetingBrief(scope, planCode, options));
}

/** The brief as a .docx file, with its name. */
export async function meetingBriefFile(brief: MeetingBrief): Promise<{ fileName: string; body: Uint8Array }> {
  const name = `调度会材料（${brief.asOf}）`;
  return { fileName: `${name}.docx`, body: await officialDocx(name, meetingBriefDocument(brief)) };
}
