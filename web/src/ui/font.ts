/**
 * The system fonts DESIGN.md names (no download). Charts need the list itself, not `inherit`: ECharts measures text
 * with a canvas, where `inherit` is no font, so it measured too narrow and cut labels and crowded legends.
 */
export const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
