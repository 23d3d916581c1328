/** 工程 / 工作措施 / 保障措施 */
export enum MeasureKind {
  PROJECT = 'PROJECT',
  MEASURE = 'MEASURE',
  SAFEGUARD = 'SAFEGUARD',
}
