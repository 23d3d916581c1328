import type { MessageKind } from '../../gql/graphql';

/** Each kind of message as the bell, the message centre and the settings name it. */
export const KIND_TEXT: Record<MessageKind, { label: string; color: string; about: string; go: string }> = {
  REPORT_DUE: {
    label: '报送提醒',
    color: 'blue',
    about: '进展报送截止前、截止当天和逾期未报时，提醒本部门填报。',
    go: '去处理',
  },
  URGE_NOTICE: {
    label: '督办单',
    color: 'red',
    about: '督办单下达、升级、临近答复期限，以及延期申请的结果。',
    go: '去处理',
  },
  REPORT_RETURNED: {
    label: '退回修改',
    color: 'orange',
    about: '本部门的进展报告被退回修改时。',
    go: '去处理',
  },
  INSTRUCTION: {
    label: '领导批示',
    color: 'purple',
    about: '领导对本部门的报告、问题或措施作出批示时。',
    go: '去处理',
  },
  WEEKLY_DIGEST: {
    label: '每周简报',
    color: 'green',
    about: '每周第一个工作日，向领导小组汇总方案进展、逾期单位和督办情况。',
    go: '进入调度会',
  },
};

/** The order kinds are listed in (the settings, the legend). */
export const KINDS: readonly MessageKind[] = [
  'REPORT_DUE',
  'URGE_NOTICE',
  'REPORT_RETURNED',
  'INSTRUCTION',
  'WEEKLY_DIGEST',
];

/** Why a kind cannot be turned off: the server's `requiredKinds` says which; this says why, in the office's words. */
export const REQUIRED_REASON = '督办单总是送达责任部门，不能关闭';

/**
 * A message's words without what the page already shows around them: the server's plain text starts with the title
 * and ends with `<action>：<link>` (for e-mail, where there is no button); on screen the title is the heading and the
 * link is a button.
 */
export function messageBody(body: string, title: string, link: string): string {
  const paragraphs = body.replace(/\r\n/g, '\n').split(/\n{2,}/);
  if (paragraphs[0]?.trim() === title.trim()) paragraphs.shift();
  const last = paragraphs.at(-1)?.trim() ?? '';
  if (last.endsWith(`：${link}`) || last === link) paragraphs.pop();
  return paragraphs.join('\n\n').trim();
}

/** A title without its kind's own prefix (督办单｜…), which the kind's tag beside it already says. */
export function shortTitle(title: string, kind: MessageKind): string {
  const prefix = `${KIND_TEXT[kind].label}｜`;
  return title.startsWith(prefix) ? title.slice(prefix.length) : title;
}
