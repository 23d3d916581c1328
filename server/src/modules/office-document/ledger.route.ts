// The routes live here, beside the route table, so that the ledger module needs nothing of this one (no cycle).
import { getDepartmentLedger, getIndicatorLedger, getPlanLedger, type LedgerBook, writeLedgerBook } from '../ledger';
import { type OfficeRoute, XLSX } from './office-document.route';

async function asFile(book: Promise<LedgerBook>) {
  const ledger = await book;
  return { fileName: ledger.fileName, contentType: XLSX, body: await writeLedgerBook(ledger) };
}

/** 台账 downloads (README, "Office documents"). */
export const LEDGER_ROUTES: OfficeRoute[] = [
  {
    method: 'GET',
    path: '/api/plans/:planCode/ledger.xlsx',
    label: '方案工作台账（措施 × 报送期，每个工程一张表，另含保障措施与封面汇总）',
    handle: (scope, { params }) => asFile(getPlanLedger(scope, params.planCode ?? '')),
  },
  {
    method: 'GET',
    path: '/api/plans/:planCode/departments/:departmentCode/ledger.xlsx',
    label: '部门工作台账（本部门牵头或参与的措施）',
    handle: (scope, { params }) =>
      asFile(getDepartmentLedger(scope, params.planCode ?? '', params.departmentCode ?? '')),
  },
  {
    method: 'GET',
    path: '/api/plans/:planCode/indicator-ledger.xlsx',
    label: '指标台账（各指标实际值对照路径应达值）',
    handle: (scope, { params }) => asFile(getIndicatorLedger(scope, params.planCode ?? '')),
  },
];
