export { ReportingCycle } from './period.enum';
export {
  covers,
  cycleOf,
  type DateRange,
  dueOnOf,
  EVALUATION_WINDOW_MONTHS,
  filingPeriod,
  nextPeriod,
  periodOf,
  periodRange,
  periodsBetween,
  previousPeriod,
  reportingWindow,
  type Term,
} from './period.rules';
