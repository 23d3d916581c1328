// Office documents (issue 16): Word and Excel files made on the server from the same services as the screens, and
// values read from Excel. Each feature adds its routes to OFFICE_ROUTES; app/office-handler.ts serves them.
import { LEDGER_ROUTES } from './ledger.route';
import type { OfficeRoute } from './office-document.route';

export { DOCX, matchPath, type OfficeFile, type OfficeRequest, type OfficeRoute, XLSX } from './office-document.route';

/** Every download and upload, in the order the README's table lists them. */
export const OFFICE_ROUTES: readonly OfficeRoute[] = [...LEDGER_ROUTES];
