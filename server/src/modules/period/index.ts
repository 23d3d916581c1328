export { ReportingCycle } from './period.enum';
export {
  covers,
  dueOnOf,
  filingPeriod,
  periodName,
  periodRange,
  periodsBetween,
  previousPeriod,
  reportingWindow,
} from './period.rules';
