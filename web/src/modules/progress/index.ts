// The progress module's surface for other modules: the latest-report fragment, the report form and timeline.
export { LatestReport_ProgressReport } from './latest-report';
export { ReportForm } from './ReportForm';
export { ReportTimeline, ReportTimeline_ProgressReport } from './ReportTimeline';
export type { EditedReport } from './report-draft';
export { ValuesWorkbook } from './ValuesWorkbook';
