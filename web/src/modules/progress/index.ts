// The progress module's surface for other modules: the latest-report fragment, the report form and timeline.
export { LatestReport_ProgressReport } from './latest-report';
export { ReportTimeline } from './ReportTimeline';
export type { EditedReport } from './report-draft';
export { ReportTimeline_ProgressReport } from './report-timeline';
export { ValuesWorkbook } from './ValuesWorkbook';
/** The report form and the timeline as their own chunks, for a page that shows them later (a drawer, a tab). */
export const loadReportForm = () => import('./ReportForm');
export const loadReportTimeline = () => import('./ReportTimeline');
