import { MAX_DOCUMENT_BYTES, uploadPlanDocument } from '../plan-import';
import type { OfficeRoute } from './office-document.route';

/**
 * 导入方案文件 (issue 15): the body is the document's bytes (.docx, text-layer PDF or text), its name in
 * `x-file-name`. Answers 201 with the stored document, which Query.planDocument then previews.
 */
export const PLAN_DOCUMENT_ROUTES: readonly OfficeRoute[] = [
  {
    method: 'POST',
    path: '/api/plan-documents',
    label: '上传方案文件（导入方案）',
    maxBodyBytes: MAX_DOCUMENT_BYTES,
    async handle(scope, { body, fileName }) {
      const row = await uploadPlanDocument(scope, body ?? new Uint8Array(), fileName);
      return {
        status: 201,
        json: {
          data: { planDocument: { id: row.id, fileName: row.fileName, format: row.format, byteSize: row.byteSize } },
        },
      };
    },
  },
];
