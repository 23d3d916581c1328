import { describe, expect, it } from 'vitest';
import { MessageKind, ReminderStep, UrgeStep } from './message.enum';
import type {
  InstructionFacts,
  MessageFacts,
  MessageNames,
  ReportDueFacts,
  ReportReturnedFacts,
  UrgeNoticeFacts,
  WeeklyDigestFacts,
} from './message.facts';
import { composeMessage, dateWords, messageLink, UNKNOWN_DEPARTMENT, UNKNOWN_MEASURE } from './message.text';

function namesOf(
  departments: Record<number, string> = { 12: '市住房城乡建设局', 13: '市财政局' },
  measures: Record<number, { code: string; title: string }> = {
    34: { code: 'P3.3', title: '推进城镇老旧小区改造' },
    35: { code: 'P4.1', title: '完善养老服务体系' },
  },
): MessageNames {
  return {
    planCode: 'bs-2025',
    planTitle: '博山区“十四五”实施方案',
    measure: (id) => measures[id],
    department: (id) => departments[id],
  };
}

const NAMES = namesOf();
const LINK = 'https://duban.example.gov.cn/plans/bs-2025/desk?measure=P3.3';

const due: ReportDueFacts = {
  kind: MessageKind.REPORT_DUE,
  step: ReminderStep.BEFORE,
  measureId: 34,
  departmentId: 12,
  period: '2025-Q3',
  dueOn: '2025-10-14',
  workingDaysLeft: 3,
};
const urge: UrgeNoticeFacts = {
  kind: MessageKind.URGE_NOTICE,
  step: UrgeStep.ISSUED,
  urgeNoticeId: 9,
  measureId: 34,
  departmentId: 12,
  level: 'CHASE',
  text: '第三季度进展逾期未报，请说明原因并提出整改措施。',
  replyBy: '2025-10-20',
};
const returned: ReportReturnedFacts = {
  kind: MessageKind.REPORT_RETURNED,
  reportId: 55,
  measureId: 34,
  departmentId: 12,
  period: '2025-09',
  reason: '完成率与佐证材料不符',
};
const instruction: InstructionFacts = {
  kind: MessageKind.INSTRUCTION,
  instructionId: 3,
  departmentId: 12,
  measureId: 34,
  text: '要加快进度，确保年底前完成。',
  leader: '王市长',
};
const digest: WeeklyDigestFacts = {
  kind: MessageKind.WEEKLY_DIGEST,
  week: '2025-W40',
  on: '2025-10-09',
  from: '2025-09-29',
  reports: 14,
  indicatorValues: 6,
  noticesIssued: 2,
  noticesClosed: 1,
  red: [{ measureId: 34, reason: '2025-Q3 进展逾期未报' }],
  redTotal: 3,
  late: [{ departmentId: 13, overdue: 2 }],
  lateTotal: 1,
};

/** One of every kind and step. */
const EVERY: MessageFacts[] = [
  ...Object.values(ReminderStep).map((step) => ({ ...due, step })),
  ...Object.values(UrgeStep).map((step) => ({
    ...urge,
    step,
    escalations: 2,
    requestedDueOn: '2025-10-31',
    decisionNote: '请按原期限办理',
  })),
  returned,
  instruction,
  digest,
];

describe('the words of a message', () => {
  it('has words for every kind and step, each form carrying the link', () => {
    expect(EVERY).toHaveLength(3 + 5 + 3);
    const titles = new Set<string>();
    for (const facts of EVERY) {
      const text = composeMessage(facts, NAMES, LINK);
      for (const form of [text.title, text.text, text.markdown, text.html]) expect(form.trim()).not.toBe('');
      expect(text.title).not.toContain('\n');
      // Plain text ends with the link on its own line, after its words (前往报送：https://…).
      expect(text.text.split('\n').at(-1)).toMatch(/^[\u4e00-\u9fff]+：https:\/\//);
      expect(text.text.endsWith(`：${LINK}`)).toBe(true);
      expect(text.markdown).toContain(`](${LINK})`);
      expect(text.html).toContain(`href="${LINK}"`);
      titles.add(text.title);
    }
    expect(titles.size).toBe(EVERY.length);
  });

  it('reminds of a report in an office’s words, with the measure, the period and the deadline in Chinese', () => {
    const before = composeMessage(due, NAMES, LINK);
    expect(before.title).toBe('报送提醒｜还有3个工作日截止：P3.3 2025年第三季度进展');
    expect(before.text).toContain('市住房城乡建设局：');
    expect(before.text).toContain(
      '你单位牵头的措施「P3.3 推进城镇老旧小区改造」2025年第三季度进展情况报送截止日期为2025年10月14日，还有3个工作日，请按时报送。',
    );
    expect(before.text).toContain('所属方案：博山区“十四五”实施方案');
    expect(before.markdown).toContain('**P3.3 推进城镇老旧小区改造**');
    expect(before.markdown.startsWith('### 报送提醒｜')).toBe(true);
    const onDay = composeMessage({ ...due, step: ReminderStep.ON_DAY }, NAMES, LINK);
    expect(onDay.title).toBe('报送提醒｜今日截止：P3.3 2025年第三季度进展');
    expect(onDay.text).toContain('报送截止日期为今日（2025年10月14日）');
    const missed = composeMessage({ ...due, step: ReminderStep.MISSED }, NAMES, LINK);
    expect(missed.title).toBe('逾期提醒｜P3.3 2025年第三季度进展已过截止日未报送');
    expect(missed.text).toContain('请尽快补报，并说明逾期原因。');
    expect(missed.text.endsWith(`前往补报：${LINK}`)).toBe(true);
  });

  it('names a notice’s level as the urge module does, and quotes its text', () => {
    const issued = composeMessage(urge, NAMES, LINK);
    expect(issued.title).toBe('督办单｜催办：P3.3，请于2025年10月20日前反馈');
    expect(issued.text).toContain('督办事项：第三季度进展逾期未报');
    expect(issued.markdown).toContain('> **督办事项**\n> 第三季度进展逾期未报，请说明原因并提出整改措施。');
    const escalated = composeMessage(
      { ...urge, step: UrgeStep.ESCALATED, level: 'SUPERVISE', escalations: 2 },
      NAMES,
      LINK,
    );
    expect(escalated.title).toBe('督办单｜逾期升级为督办：P3.3，请于2025年10月20日前反馈');
    expect(escalated.text).toContain('已第2次升级，现为督办');
    const first = composeMessage({ ...urge, step: UrgeStep.ESCALATED, level: 'CHASE', escalations: 1 }, NAMES, LINK);
    expect(first.text).toContain('逾期未反馈，已升级为催办');
    expect(composeMessage({ ...urge, level: 'REMIND' }, NAMES, LINK).title).toContain('｜提醒：');
    const refused = composeMessage(
      { ...urge, step: UrgeStep.EXTENSION_REFUSED, requestedDueOn: '2025-10-31', decisionNote: '时限不能再延' },
      NAMES,
      LINK,
    );
    expect(refused.title).toBe('督办单｜延期申请未获同意：P3.3，仍须于2025年10月20日前反馈');
    expect(refused.text).toContain('（申请延至2025年10月31日）未获同意');
    expect(refused.text).toContain('不予同意的理由：时限不能再延');
    const approved = composeMessage(
      { ...urge, step: UrgeStep.EXTENSION_APPROVED, replyBy: '2025-10-31', decisionNote: null },
      NAMES,
      LINK,
    );
    expect(approved.title).toBe('督办单｜延期申请已同意：P3.3，反馈期限延至2025年10月31日');
    expect(approved.text).not.toContain('审核意见');
  });

  it('tells of a return with its reason, and of an instruction with the leader’s words', () => {
    const back = composeMessage(returned, NAMES, LINK);
    expect(back.title).toBe('退回修改｜P3.3 2025年9月进展报告');
    expect(back.text).toContain('退回意见：完成率与佐证材料不符');
    expect(composeMessage({ ...returned, reason: null }, NAMES, LINK).text).not.toContain('退回意见');
    const told = composeMessage(instruction, NAMES, LINK);
    expect(told.title).toBe('领导批示｜王市长对P3.3作出批示');
    expect(told.text).toContain('批示内容：要加快进度，确保年底前完成。');
    expect(composeMessage({ ...instruction, leader: null }, NAMES, LINK).title).toBe('领导批示｜领导对P3.3作出批示');
  });

  it('gives a leader the week’s counts and lists, saying how many more there are', () => {
    const week = composeMessage(digest, NAMES, LINK);
    expect(week.title).toBe('每周简报｜博山区“十四五”实施方案（9月29日至10月8日）');
    expect(week.text).toContain('博山区“十四五”实施方案2025年9月29日至10月8日推进情况如下。');
    expect(week.text).toContain('本期新报送进展14份，录入指标数据6条；下发督办单2件，办结1件。');
    expect(week.text).toContain('当前红色预警措施3项，列前1项（其余见系统）：');
    expect(week.text).toContain('· P3.3 推进城镇老旧小区改造：2025-Q3 进展逾期未报');
    expect(week.text).toContain('逾期未报单位1个：\n\n· 市财政局：2项任务逾期未报');
    expect(week.markdown).toContain('- **市财政局**：2项任务逾期未报');
    const calm = composeMessage({ ...digest, red: [], redTotal: 0, late: [], lateTotal: 0 }, NAMES, LINK);
    expect(calm.text).toContain('当前无红色预警措施。');
    expect(calm.text).toContain('当前无逾期未报单位。');
    const acrossYears = composeMessage({ ...digest, from: '2025-12-29', on: '2026-01-05' }, NAMES, LINK);
    expect(acrossYears.text).toContain('2025年12月29日至2026年1月4日');
  });

  it('falls back gracefully for a measure and a department since removed', () => {
    const names = namesOf({}, {});
    const text = composeMessage(due, names, LINK);
    expect(text.title).toBe(`报送提醒｜还有3个工作日截止：${UNKNOWN_MEASURE} 2025年第三季度进展`);
    expect(text.text).toContain('相关单位：');
    expect(text.text).toContain(`措施「${UNKNOWN_MEASURE}」`);
    const week = composeMessage(digest, names, LINK);
    expect(week.text).toContain(`· ${UNKNOWN_MEASURE}：`);
    expect(week.text).toContain(`· ${UNKNOWN_DEPARTMENT}：2项任务逾期未报`);
    for (const form of Object.values(week)) expect(form).not.toContain('undefined');
  });

  it('says dates in Chinese form', () => {
    expect(dateWords('2025-10-05')).toBe('2025年10月5日');
    expect(dateWords('2026-01-15')).toBe('2026年1月15日');
    expect(dateWords('someday')).toBe('someday');
  });
});

describe('hostile text', () => {
  const HOSTILE_DEPARTMENT = '<script>alert(1)</script>财政局';
  const HOSTILE_TEXT =
    '请点击[这里](https://evil.example/steal) **立即** 处理\n# 假标题\n> 假引用 <img src=x onerror="alert(2)"> ' +
    '![](https://evil.example/pixel.png) `code` <font color="red">红</font> & "引号" \'单引号\'';
  const names = namesOf(
    { 12: HOSTILE_DEPARTMENT },
    { 34: { code: 'P3.3)](https://evil.example', title: '<b>改造</b>' } },
  );
  const notice = composeMessage({ ...urge, text: HOSTILE_TEXT, decisionNote: HOSTILE_TEXT }, names, LINK);

  it('is escaped in the HTML: no tag, no attribute or entity of its own survives', () => {
    const { html } = notice;
    expect(html).not.toMatch(/<(script|img|font|b)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;财政局');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('&amp; &quot;引号&quot; &#39;单引号&#39;');
    expect(html).toContain('&lt;b&gt;改造&lt;/b&gt;');
    // Every tag left is one the composer writes.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(['a', 'blockquote', 'br', 'div', 'h2', 'p', 'strong']);
    expect(html.match(/href=/g)).toHaveLength(1);
  });

  it('cannot open a link, an image, a heading or a tag in the markdown, nor break the message’s own link', () => {
    const { markdown } = notice;
    expect(markdown.match(/\]\(/g)).toHaveLength(1);
    expect(markdown.endsWith(`[查看督办单](${LINK})`)).toBe(true);
    expect(markdown).not.toContain('https://evil.example/steal)');
    // No tag can open (WeCom renders <font>), and `>` only starts the composer's quote lines.
    expect(markdown).not.toContain('<');
    expect(markdown.split('\n').every((line) => !line.slice(1).includes('>'))).toBe(true);
    expect(markdown).not.toContain('![');
    // The only heading is the title; quote lines are the composer's, each opened by `> `.
    const lines = markdown.split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('>')).every((line) => line.startsWith('> '))).toBe(true);
    // The words are all there, only defused.
    expect(markdown).toContain('请点击［这里］（https://evil.example/steal） ＊＊立即＊＊ 处理');
    expect(markdown).toContain('> ＃ 假标题');
    expect(markdown).toContain('＜script＞alert（1）＜/script＞财政局：');
  });

  it('keeps a link whose plan or measure code holds markup whole, in every form', () => {
    const link = `https://duban.example.gov.cn${messageLink(due, { planCode: 'a) b', measure: () => ({ code: 'P(1)]', title: '' }) })}`;
    expect(link).toBe('https://duban.example.gov.cn/plans/a%29%20b/desk?measure=P%281%29%5D');
    const text = composeMessage(due, names, link);
    expect(text.markdown.endsWith(`[前往报送](${link})`)).toBe(true);
    // A link from elsewhere with markup in it is percent-encoded inside the markdown, not cut short.
    const raw = composeMessage(due, names, 'https://duban.example.gov.cn/x?y=(z) w');
    expect(raw.markdown.endsWith('[前往报送](https://duban.example.gov.cn/x?y=%28z%29%20w)')).toBe(true);
  });

  it('does not make a link of anything but http(s) or a path in the HTML', () => {
    const text = composeMessage(due, NAMES, 'javascript:alert(1)');
    expect(text.html).not.toContain('href=');
    expect(text.html).toContain('javascript:alert(1)');
  });
});

describe('where a message leads', () => {
  it('opens the desk at the measure, the notice or the instruction, and the meeting view for a digest', () => {
    expect(messageLink(due, NAMES)).toBe('/plans/bs-2025/desk?measure=P3.3');
    expect(messageLink(returned, NAMES)).toBe('/plans/bs-2025/desk?measure=P3.3');
    expect(messageLink(urge, NAMES)).toBe('/plans/bs-2025/desk?notice=9');
    expect(messageLink(instruction, NAMES)).toBe('/plans/bs-2025/desk?instruction=3');
    expect(messageLink(digest, NAMES)).toBe('/plans/bs-2025/meeting');
  });

  it('encodes codes, and opens the desk as it is for a measure since removed', () => {
    const names = { planCode: '博山 2025/一', measure: () => ({ code: 'P3.3&x=1', title: '' }) };
    expect(messageLink(due, names)).toBe(
      `/plans/${encodeURIComponent('博山 2025/一')}/desk?measure=${encodeURIComponent('P3.3&x=1')}`,
    );
    expect(messageLink(due, { planCode: 'bs-2025', measure: () => undefined })).toBe('/plans/bs-2025/desk');
  });
});

describe('a reminder of several measures', () => {
  const many: ReportDueFacts = { ...due, step: ReminderStep.MISSED, measureIds: [34, 35, 99] };

  it('names how many, lists each (an unknown one by its fallback), and opens the desk that lists them', () => {
    const link = `https://duban.example.gov.cn${messageLink(many, NAMES)}`;
    expect(link).toBe('https://duban.example.gov.cn/plans/bs-2025/desk');
    const words = composeMessage(many, NAMES, link);
    expect(words.title).toBe('逾期提醒｜3项措施 2025年第三季度进展已过截止日未报送');
    expect(words.text).toContain('你单位牵头的3项措施2025年第三季度进展情况报送截止日期为2025年10月14日');
    expect(words.text).toContain('· P3.3 推进城镇老旧小区改造\n· P4.1 完善养老服务体系');
    expect(words.text).toContain(UNKNOWN_MEASURE);
    expect(words.markdown).toContain('- P4.1 完善养老服务体系');
    expect(words.html).toContain('<li');
  });

  it('names at most ten and says how many more', () => {
    const ids = Array.from({ length: 14 }, (_, i) => 34 + (i % 2));
    const words = composeMessage({ ...many, measureIds: ids }, NAMES, LINK);
    expect(words.text.match(/^· /gm)).toHaveLength(10);
    expect(words.text).toContain('其余4项见系统。');
  });

  it('reads as before when it covers one measure', () => {
    expect(composeMessage({ ...due, measureIds: [34] }, NAMES, LINK)).toEqual(composeMessage(due, NAMES, LINK));
  });
});
