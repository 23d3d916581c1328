// Office documents (issue 16): Word and Excel files made on the server from the same services as the screens, values
// read from Excel, and plan documents uploaded for the importer (issue 15). Each feature adds its routes to
// OFFICE_ROUTES; app/office-handler.ts serves them.
import { LEDGER_ROUTES } from './ledger.route';
import type { OfficeRoute } from './office-document.route';
import { PLAN_DOCUMENT_ROUTES } from './plan-document.route';
import { VALUES_WORKBOOK_ROUTES } from './values-workbook.route';
import { WORD_ROUTES } from './word.routes';

export { DOCX, matchPath, type OfficeFile, type OfficeRequest, type OfficeRoute, XLSX } from './office-document.route';

/** Every download and upload, in the order the README's table lists them. */
export const OFFICE_ROUTES: readonly OfficeRoute[] = [
  // 台账 (Excel ledgers)
  ...LEDGER_ROUTES,
  // 调度会材料, 通报, 督办单 (Word)
  ...WORD_ROUTES,
  // 填报模板 and 填报表 uploads (values from Excel)
  ...VALUES_WORKBOOK_ROUTES,
  // 导入方案文件 (a plan document in, for the importer)
  ...PLAN_DOCUMENT_ROUTES,
];
