// 台账 (issue 16): the plan's, a department's and the indicators' ledgers as .xlsx, from the screens' services.
export type { LedgerBook } from './ledger.rules';
export {
  getDepartmentLedger,
  getIndicatorLedger,
  getPlanLedger,
  INDICATOR_SUMMARY_HEADERS,
  INDICATOR_VALUE_HEADERS,
  MEASURE_LEDGER_HEADERS,
} from './ledger.service';
export { writeLedgerBook } from './ledger.workbook';
