/**
 * What a link into the desk points at (a message's link: `?notice=<id>`, `?measure=<code>`, `?instruction=<id>`),
 * so that the desk can scroll to it and mark it.
 */
export type DeskFocus =
  | { kind: 'notice'; id: string }
  | { kind: 'measure'; code: string }
  | { kind: 'instruction'; id: string };

/** The focus a desk URL names, if any (one at a time: a notice, then an instruction, then a measure). */
export function deskFocus(params: URLSearchParams): DeskFocus | null {
  const notice = params.get('notice');
  if (notice) return { kind: 'notice', id: notice };
  const instruction = params.get('instruction');
  if (instruction) return { kind: 'instruction', id: instruction };
  const measure = params.get('measure');
  if (measure) return { kind: 'measure', code: measure };
  return null;
}

/** One string per focus, to tell one link from the next. */
export function focusKey(focus: DeskFocus): string {
  return `${focus.kind}:${focus.kind === 'measure' ? focus.code : focus.id}`;
}

/** What the desk shows: its open notices, its instructions and the measures on its lists. */
export interface DeskContents {
  notices: readonly string[];
  instructions: readonly string[];
  measures: readonly string[];
}

/** Whether the desk shows what the link points at. */
export function focusShown(focus: DeskFocus, desk: DeskContents): boolean {
  switch (focus.kind) {
    case 'notice':
      return desk.notices.includes(focus.id);
    case 'instruction':
      return desk.instructions.includes(focus.id);
    case 'measure':
      return desk.measures.includes(focus.code);
  }
}

/** What the desk says when it does not show what the link points at (closed since, or moved by a revision). */
export function focusMissingText(focus: DeskFocus): string {
  switch (focus.kind) {
    case 'notice':
      return '这份督办单已不在本部门的待办中（可能已办结），可在「督办」页查看全部督办单。';
    case 'instruction':
      return '这条批示已不在本部门的批示中。';
    case 'measure':
      return `措施 ${focus.code} 已不在本部门的任务中（可能已在方案调整中变更或撤销）。`;
  }
}
