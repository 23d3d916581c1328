import { TONE_COLOR, type Tone } from './status';

/** 三色预警 as DESIGN.md names them: each level has its word and mark, never colour alone. */
export type WarningLevelName = 'RED' | 'YELLOW' | 'BLUE' | 'GREEN' | 'GREY';

export const WARNING_META: Record<WarningLevelName, { label: string; tone: Tone; mark: string }> = {
  RED: { label: '红色预警', tone: 'red', mark: '■' },
  YELLOW: { label: '黄色预警', tone: 'yellow', mark: '▲' },
  BLUE: { label: '蓝色预警', tone: 'blue', mark: '◆' },
  GREEN: { label: '正常', tone: 'green', mark: '●' },
  GREY: { label: '未开始', tone: 'grey', mark: '○' },
};

export const WARNING_ORDER: WarningLevelName[] = ['RED', 'YELLOW', 'BLUE', 'GREEN', 'GREY'];

export const warningColor = (level: WarningLevelName) => TONE_COLOR[WARNING_META[level].tone];
