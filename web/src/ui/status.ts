/** The status vocabulary of DESIGN.md: each status has a word, a colour and an icon, never colour alone. */
export type Tone = 'red' | 'yellow' | 'blue' | 'green' | 'grey';

export const TONE_COLOR: Record<Tone, string> = {
  red: '#d4380d',
  yellow: '#d48806',
  blue: '#1677ff',
  green: '#389e0d',
  grey: '#8c8c8c',
};

export type ProgressStatusName = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'DELAYED' | 'COMPLETED';

export const STATUS_META: Record<ProgressStatusName, { label: string; tone: Tone; mark: string }> = {
  ON_TRACK: { label: '正常推进', tone: 'green', mark: '▶' },
  AT_RISK: { label: '存在风险', tone: 'yellow', mark: '▲' },
  DELAYED: { label: '滞后', tone: 'red', mark: '■' },
  COMPLETED: { label: '已完成', tone: 'green', mark: '✔' },
  NOT_STARTED: { label: '未启动', tone: 'grey', mark: '○' },
};

/** The order in which statuses are counted and listed: the ones that need attention first. */
export const STATUS_ORDER: ProgressStatusName[] = ['DELAYED', 'AT_RISK', 'ON_TRACK', 'COMPLETED', 'NOT_STARTED'];
