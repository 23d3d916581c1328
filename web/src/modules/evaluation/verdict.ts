import { TONE_COLOR, type Tone } from '../../ui/status';

/** Each verdict as a mark, a word and a colour: legible in black and white (colour is never the only signal). */
export interface VerdictMeta {
  label: string;
  mark: string;
  tone: Tone;
}

export const INDICATOR_VERDICT: Record<'MET' | 'NOT_MET' | 'QUALITATIVE' | 'NO_DATA', VerdictMeta> = {
  MET: { label: '达成', mark: '✔', tone: 'green' },
  NOT_MET: { label: '未达成', mark: '✘', tone: 'red' },
  QUALITATIVE: { label: '定性', mark: '◇', tone: 'blue' },
  NO_DATA: { label: '无数据', mark: '–', tone: 'grey' },
};

export const MEASURE_VERDICT: Record<'COMPLETED' | 'NOT_COMPLETED' | 'NOT_REPORTED', VerdictMeta> = {
  COMPLETED: { label: '已完成', mark: '✔', tone: 'green' },
  NOT_COMPLETED: { label: '未完成', mark: '▲', tone: 'yellow' },
  NOT_REPORTED: { label: '未填报', mark: '–', tone: 'red' },
};

export const OPEN_ITEM_KIND: Record<
  'INDICATOR_NOT_MET' | 'INDICATOR_NO_DATA' | 'MEASURE_NOT_COMPLETED' | 'PROBLEM_UNRESOLVED' | 'NOTICE_OPEN',
  string
> = {
  INDICATOR_NOT_MET: '指标未达成',
  INDICATOR_NO_DATA: '指标无数据',
  MEASURE_NOT_COMPLETED: '措施未完成',
  PROBLEM_UNRESOLVED: '存在问题',
  NOTICE_OPEN: '督办未办结',
};

export const toneColor = (meta: VerdictMeta) => TONE_COLOR[meta.tone];
