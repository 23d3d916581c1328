export { ReportingCycle } from './period.enum';
export {
  covers,
  dueOnOf,
  filingPeriod,
  periodRange,
  periodsBetween,
  previousPeriod,
  reportingWindow,
} from './period.rules';
