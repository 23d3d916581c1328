import { addDays } from '../calendar';
import { periodName } from '../period';
import { URGE_LEVEL_NAME, type UrgeLevel } from '../urge';
import { MessageKind, ReminderStep, UrgeStep } from './message.enum';
import type {
  InstructionFacts,
  MessageFacts,
  MessageNames,
  MessageText,
  ReportDueFacts,
  ReportReturnedFacts,
  UrgeNoticeFacts,
  WeeklyDigestFacts,
} from './message.facts';

/**
 * A message's words, made from its facts and the names of today by one pure composer, in the register of an office
 * notice, in every form a channel needs: a title line, plain text, group-robot markdown and an e-mail's HTML.
 * Every interpolated value is escaped for the form it goes into; the words are drafted once, as blocks, and only
 * rendered per form.
 */

// ---------------------------------------------------------------------------------------------------------------
// Names and dates in words

/** Shown for a measure no longer in the plan (deleted since the message was made). */
export const UNKNOWN_MEASURE = '（已删除的措施）';
/** Shown for a department no longer in the list. */
export const UNKNOWN_DEPARTMENT = '（已撤销的单位）';

/** 2025-10-15 → 2025年10月15日. */
export function dateWords(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/** 2025年9月29日至10月8日: the year said once when both days are in it. */
function rangeWords(from: string, to: string): string {
  const end = dateWords(to);
  return `${dateWords(from)}至${from.slice(0, 4) === to.slice(0, 4) ? end.slice(5) : end}`;
}

/** P3.3 推进老旧小区改造, or the fallback. */
function measureWords(names: MessageNames, id: number): string {
  const measure = names.measure(id);
  return measure ? `${measure.code} ${measure.title}`.trim() : UNKNOWN_MEASURE;
}

/** P3.3 alone, for a title line. */
function measureCode(names: MessageNames, id: number): string {
  return names.measure(id)?.code || UNKNOWN_MEASURE;
}

function departmentWords(names: MessageNames, id: number): string {
  return names.department(id) || UNKNOWN_DEPARTMENT;
}

/** 提醒 / 催办 / 督办 (the urge module's names); a level it does not know reads 督办. */
function levelWords(level: string): string {
  return URGE_LEVEL_NAME[level as UrgeLevel] ?? '督办';
}

// ---------------------------------------------------------------------------------------------------------------
// The draft: what every form says

type Inline = string | { strong: string };
type Block = { p: Inline[] } | { quote: string; label: string } | { list: Inline[][] };

interface Draft {
  title: string;
  blocks: Block[];
  /** The words of the link: 前往报送, 查看督办单 …. */
  action: string;
}

const strong = (text: string) => ({ strong: text });
const blank = (text: string | null | undefined) => text == null || text.trim() === '';

function salutation(names: MessageNames, departmentId: number): Block {
  return { p: [`${names.department(departmentId) || '相关单位'}：`] };
}

function planLine(names: MessageNames): Block {
  return { p: [`所属方案：${names.planTitle}`] };
}

/** At most this many measures are named in a reminder that covers several; the desk lists them all. */
export const REMINDER_LIST = 10;

function reportDue(facts: ReportDueFacts, names: MessageNames): Draft {
  const ids = facts.measureIds && facts.measureIds.length > 1 ? facts.measureIds : [facts.measureId];
  const several = ids.length > 1;
  const what = several ? `${ids.length}项措施` : measureCode(names, facts.measureId);
  const period = periodName(facts.period);
  const duty: Inline[] = several
    ? [`你单位牵头的`, strong(`${ids.length}项措施`), `${period}进展情况`]
    : ['你单位牵头的措施「', strong(measureWords(names, facts.measureId)), `」${period}进展情况`];
  const due = dateWords(facts.dueOn);
  const [title, body, action]: [string, Inline[], string] =
    facts.step === ReminderStep.MISSED
      ? [
          `逾期提醒｜${what} ${period}进展已过截止日未报送`,
          [...duty, '报送截止日期为', strong(due), '，现已逾期，尚未收到报送。请尽快补报，并说明逾期原因。'],
          '前往补报',
        ]
      : facts.step === ReminderStep.ON_DAY
        ? [
            `报送提醒｜今日截止：${what} ${period}进展`,
            [...duty, '报送截止日期为今日（', strong(due), '），目前尚未报送，请于今日内完成报送。'],
            '前往报送',
          ]
        : [
            facts.workingDaysLeft
              ? `报送提醒｜还有${facts.workingDaysLeft}个工作日截止：${what} ${period}进展`
              : `报送提醒｜即将截止：${what} ${period}进展`,
            [
              ...duty,
              '报送截止日期为',
              strong(due),
              facts.workingDaysLeft ? `，还有${facts.workingDaysLeft}个工作日，请按时报送。` : '，请按时报送。',
            ],
            '前往报送',
          ];
  const list: Block[] = several
    ? [
        { list: ids.slice(0, REMINDER_LIST).map((id) => [measureWords(names, id)]) },
        ...(ids.length > REMINDER_LIST ? [{ p: [`其余${ids.length - REMINDER_LIST}项见系统。`] }] : []),
      ]
    : [];
  return { title, blocks: [salutation(names, facts.departmentId), { p: body }, ...list, planLine(names)], action };
}

function urgeNotice(facts: UrgeNoticeFacts, names: MessageNames): Draft {
  const code = measureCode(names, facts.measureId);
  const measure = strong(measureWords(names, facts.measureId));
  const level = levelWords(facts.level);
  const reply = dateWords(facts.replyBy);
  const notice: Block = { label: '督办事项', quote: facts.text };
  const note = blank(facts.decisionNote) ? [] : [facts.decisionNote!];
  let title: string;
  let body: Inline[];
  let extra: Block[] = [];
  switch (facts.step) {
    case UrgeStep.ISSUED:
      title = `督办单｜${level}：${code}，请于${reply}前反馈`;
      body = ['现就你单位牵头的措施「', measure, '」下发督办单（', strong(level), '），请及时签收，并于'];
      body.push(strong(reply), '前反馈办理情况。');
      break;
    case UrgeStep.ESCALATED: {
      const times = facts.escalations && facts.escalations > 1 ? `第${facts.escalations}次升级，现为` : '升级为';
      title = `督办单｜逾期升级为${level}：${code}，请于${reply}前反馈`;
      body = ['你单位牵头的措施「', measure, `」的督办单逾期未反馈，已${times}`, strong(level), '，反馈期限为'];
      body.push(strong(reply), '。请立即签收并反馈办理情况。');
      break;
    }
    case UrgeStep.REPLY_NEAR:
      title = `督办单｜反馈期限临近：${code}，请于${reply}前反馈`;
      body = ['你单位牵头的措施「', measure, `」的督办单（${level}）反馈期限为`, strong(reply)];
      body.push('，目前尚未反馈，请抓紧办理，按时反馈。');
      break;
    case UrgeStep.EXTENSION_APPROVED:
      title = `督办单｜延期申请已同意：${code}，反馈期限延至${reply}`;
      body = ['你单位就措施「', measure, `」的督办单（${level}）提出的延期申请已同意，反馈期限延至`, strong(reply)];
      body.push('。请在新的期限前反馈办理情况。');
      extra = note.map((quote) => ({ label: '审核意见', quote }));
      break;
    case UrgeStep.EXTENSION_REFUSED: {
      const asked = facts.requestedDueOn ? `（申请延至${dateWords(facts.requestedDueOn)}）` : '';
      title = `督办单｜延期申请未获同意：${code}，仍须于${reply}前反馈`;
      body = ['你单位就措施「', measure, `」的督办单（${level}）提出的延期申请${asked}未获同意，仍须于`];
      body.push(strong(reply), '前反馈办理情况。');
      extra = note.map((quote) => ({ label: '不予同意的理由', quote }));
      break;
    }
  }
  return {
    title,
    blocks: [salutation(names, facts.departmentId), { p: body }, ...extra, notice, planLine(names)],
    action: '查看督办单',
  };
}

function reportReturned(facts: ReportReturnedFacts, names: MessageNames): Draft {
  const period = periodName(facts.period);
  const body: Inline[] = ['你单位报送的措施「', strong(measureWords(names, facts.measureId))];
  body.push(`」${period}进展报告已退回修改，请根据意见修改后重新报送。`);
  return {
    title: `退回修改｜${measureCode(names, facts.measureId)} ${period}进展报告`,
    blocks: [
      salutation(names, facts.departmentId),
      { p: body },
      ...(blank(facts.reason) ? [] : [{ label: '退回意见', quote: facts.reason! }]),
      planLine(names),
    ],
    action: '前往修改',
  };
}

function instruction(facts: InstructionFacts, names: MessageNames): Draft {
  const leader = blank(facts.leader) ? '领导' : facts.leader!.trim();
  const body: Inline[] = [`${leader}对你单位牵头的措施「`, strong(measureWords(names, facts.measureId))];
  body.push('」作出批示，请认真研究落实，并及时反馈落实情况。');
  return {
    title: `领导批示｜${leader}对${measureCode(names, facts.measureId)}作出批示`,
    blocks: [
      salutation(names, facts.departmentId),
      { p: body },
      { label: '批示内容', quote: facts.text },
      planLine(names),
    ],
    action: '查看批示',
  };
}

function weeklyDigest(facts: WeeklyDigestFacts, names: MessageNames): Draft {
  const to = addDays(facts.on, -1);
  const range = rangeWords(facts.from, to);
  const shortRange = `${dateWords(facts.from).slice(5)}至${dateWords(to).slice(5)}`;
  const blocks: Block[] = [
    { p: [`${names.planTitle}${range}推进情况如下。`] },
    {
      p: [
        '本期新报送进展',
        strong(`${facts.reports}份`),
        '，录入指标数据',
        strong(`${facts.indicatorValues}条`),
        '；下发督办单',
        strong(`${facts.noticesIssued}件`),
        '，办结',
        strong(`${facts.noticesClosed}件`),
        '。',
      ],
    },
  ];
  const more = (total: number, shown: number, unit: string) =>
    total > shown ? `，列前${shown}${unit}（其余见系统）：` : '：';
  if (facts.redTotal === 0 || facts.red.length === 0) {
    blocks.push({ p: [facts.redTotal === 0 ? '当前无红色预警措施。' : `当前红色预警措施${facts.redTotal}项。`] });
  } else {
    blocks.push({
      p: ['当前红色预警措施', strong(`${facts.redTotal}项`), more(facts.redTotal, facts.red.length, '项')],
    });
    blocks.push({ list: facts.red.map((r) => [strong(measureWords(names, r.measureId)), `：${r.reason}`]) });
  }
  if (facts.lateTotal === 0 || facts.late.length === 0) {
    blocks.push({ p: [facts.lateTotal === 0 ? '当前无逾期未报单位。' : `当前逾期未报单位${facts.lateTotal}个。`] });
  } else {
    blocks.push({
      p: ['逾期未报单位', strong(`${facts.lateTotal}个`), more(facts.lateTotal, facts.late.length, '个')],
    });
    blocks.push({
      list: facts.late.map((l) => [strong(departmentWords(names, l.departmentId)), `：${l.overdue}项任务逾期未报`]),
    });
  }
  return { title: `每周简报｜${names.planTitle}（${shortRange}）`, blocks, action: '进入调度会' };
}

function draftOf(facts: MessageFacts, names: MessageNames): Draft {
  switch (facts.kind) {
    case MessageKind.REPORT_DUE:
      return reportDue(facts, names);
    case MessageKind.URGE_NOTICE:
      return urgeNotice(facts, names);
    case MessageKind.REPORT_RETURNED:
      return reportReturned(facts, names);
    case MessageKind.INSTRUCTION:
      return instruction(facts, names);
    case MessageKind.WEEKLY_DIGEST:
      return weeklyDigest(facts, names);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: plain text, markdown, HTML

const inlineText = (parts: Inline[]) => parts.map((part) => (typeof part === 'string' ? part : part.strong)).join('');

function renderText(draft: Draft, link: string): string {
  const blocks = draft.blocks.map((block) => {
    if ('p' in block) return inlineText(block.p);
    if ('quote' in block) return `${block.label}：${block.quote.trim()}`;
    return block.list.map((item) => `· ${inlineText(item)}`).join('\n');
  });
  return [draft.title, ...blocks, `${draft.action}：${link}`].join('\n\n');
}

/**
 * Markup characters in a value turned into their full-width forms, which read naturally in Chinese and which no
 * group robot's markdown (WeCom, DingTalk, Feishu: each its own dialect, none sure to honour backslash escapes) takes
 * for markup: a value cannot open a link, an image, emphasis, a heading, a quote or an HTML tag (WeCom's <font>).
 */
const MARKDOWN_SAFE: Record<string, string> = {
  '\\': '＼',
  '`': '｀',
  '*': '＊',
  _: '＿',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '<': '＜',
  '>': '＞',
  '#': '＃',
  '|': '｜',
  '~': '～',
  '!': '！',
};

/** A value on one markdown line: markup defused, line breaks folded (a break could start a heading or a list). */
function markdownText(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]()<>#|~!]/g, (c) => MARKDOWN_SAFE[c]!);
}

/** A URL inside (…): the characters that could end it or the link percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>[\]\\"'`]/g, (c) =>
    c.charCodeAt(0) < 128 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c),
  );
}

function markdownInline(parts: Inline[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? markdownText(part) : `**${markdownText(part.strong)}**`))
    .join('');
}

function renderMarkdown(draft: Draft, link: string): string {
  const blocks = draft.blocks.map((block) => {
    if ('p' in block) return markdownInline(block.p);
    if ('quote' in block) {
      const lines = block.quote.trim().split(/\r?\n/);
      return [`> **${markdownText(block.label)}**`, ...lines.map((line) => `> ${markdownText(line)}`.trimEnd())].join(
        '\n',
      );
    }
    return block.list.map((item) => `- ${markdownInline(item)}`).join('\n');
  });
  return [`### ${markdownText(draft.title)}`, ...blocks, `[${markdownText(draft.action)}](${markdownUrl(link)})`].join(
    '\n\n',
  );
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A value as HTML text or attribute. */
function html(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const HTML_STYLE = {
  body: 'font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif;font-size:15px;line-height:1.75;color:#1f2329;max-width:640px',
  title: 'margin:0 0 16px;padding-bottom:8px;border-bottom:2px solid #c8102e;font-size:18px;color:#1f2329',
  p: 'margin:0 0 12px',
  quote: 'margin:0 0 12px;padding:8px 12px;border-left:3px solid #c8102e;background:#f7f7f8',
  label: 'font-size:13px;color:#646a73',
  list: 'margin:0 0 12px;padding-left:20px',
  button:
    'display:inline-block;padding:8px 20px;background:#c8102e;color:#ffffff;text-decoration:none;border-radius:4px',
  small: 'margin:16px 0 0;font-size:12px;color:#8f959e;word-break:break-all',
};

function htmlInline(parts: Inline[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? html(part) : `<strong>${html(part.strong)}</strong>`))
    .join('');
}

/** Only our own links are made clickable: http(s) or a path; anything else is shown, not linked. */
const LINKABLE = /^(https?:\/\/|\/(?!\/))/i;

function renderHtml(draft: Draft, link: string): string {
  const blocks = draft.blocks.map((block) => {
    if ('p' in block) return `<p style="${HTML_STYLE.p}">${htmlInline(block.p)}</p>`;
    if ('quote' in block) {
      const text = html(block.quote.trim()).replace(/\r?\n/g, '<br>');
      return `<blockquote style="${HTML_STYLE.quote}"><div style="${HTML_STYLE.label}">${html(block.label)}</div>${text}</blockquote>`;
    }
    return `<ul style="${HTML_STYLE.list}">${block.list.map((item) => `<li>${htmlInline(item)}</li>`).join('')}</ul>`;
  });
  const action = LINKABLE.test(link)
    ? `<p style="${HTML_STYLE.p}"><a href="${html(link)}" style="${HTML_STYLE.button}">${html(draft.action)}</a></p>`
    : '';
  return [
    `<div style='${HTML_STYLE.body}'>`,
    `<h2 style="${HTML_STYLE.title}">${html(draft.title)}</h2>`,
    ...blocks,
    action,
    `<p style="${HTML_STYLE.small}">${html(draft.action)}：${html(link)}<br>本邮件由督办系统自动发送，请勿直接回复。</p>`,
    '</div>',
  ].join('\n');
}

/**
 * A message's words in every form, from its facts, the names of today and the link it opens (host included: see
 * messageLink for the path).
 */
export function composeMessage(facts: MessageFacts, names: MessageNames, link: string): MessageText {
  const draft = draftOf(facts, names);
  return {
    title: draft.title.replace(/\s*[\r\n]+\s*/g, ' '),
    text: renderText(draft, link),
    markdown: renderMarkdown(draft, link),
    html: renderHtml(draft, link),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Where a message leads

/** A path segment or query value, with RFC 3986's reserved !'()* encoded too (they would end a markdown link). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * The path (no host) a message opens: the desk at the measure (a report due or returned), the notice or the
 * instruction; the meeting view for a digest. A measure since deleted opens the desk as it is.
 */
export function messageLink(facts: MessageFacts, names: Pick<MessageNames, 'planCode' | 'measure'>): string {
  const plan = `/plans/${encode(names.planCode)}`;
  switch (facts.kind) {
    case MessageKind.REPORT_DUE:
    case MessageKind.REPORT_RETURNED: {
      // A reminder of several measures opens the desk, whose 应报事项 lists them all.
      if (facts.kind === MessageKind.REPORT_DUE && (facts.measureIds?.length ?? 0) > 1) return `${plan}/desk`;
      const measure = names.measure(facts.measureId);
      return measure ? `${plan}/desk?measure=${encode(measure.code)}` : `${plan}/desk`;
    }
    case MessageKind.URGE_NOTICE:
      return `${plan}/desk?notice=${facts.urgeNoticeId}`;
    case MessageKind.INSTRUCTION:
      return `${plan}/desk?instruction=${facts.instructionId}`;
    case MessageKind.WEEKLY_DIGEST:
      return `${plan}/meeting`;
  }
}
