import { DomainError } from '../../shared/errors';
import { type OfficeRoute, XLSX } from './office-document.route';
import {
  indicatorValuesTemplate,
  progressTemplate,
  uploadIndicatorValues,
  uploadProgress,
  WorkbookRefused,
} from './values-workbook.service';
import type { CellProblem } from './values-workbook.sheet';

/** The refusal of a workbook as GraphQL writes errors: one per problem, each at its sheet, row and column (400). */
function refusal(problems: readonly CellProblem[]) {
  return {
    status: 400,
    json: {
      errors: problems.map((p) => {
        const column = p.column ? `${p.column} 列${p.header ? `（${p.header}）` : ''}` : '';
        const row = p.row ? `第 ${p.row} 行${column ? ' ' : ''}` : '';
        const place = `${p.sheet ? `工作表「${p.sheet}」` : ''}${row}${column}`;
        return {
          message: place ? `${place}：${p.reason}` : p.reason,
          extensions: {
            code: 'BAD_USER_INPUT',
            detail: p.detail,
            sheet: p.sheet,
            row: p.row,
            column: p.column,
            header: p.header,
            reason: p.reason,
          },
        };
      }),
    },
  };
}

async function upload(run: () => Promise<unknown>) {
  try {
    return { json: await run() };
  } catch (error) {
    if (error instanceof WorkbookRefused) return refusal(error.problems);
    throw error;
  }
}

function bodyOf(body: Uint8Array | null): Uint8Array {
  if (!body || body.length === 0) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'file',
      reason: '未收到文件；请以请求正文上传 .xlsx 文件',
      detail: 'NO_FILE',
    });
  }
  return body;
}

/** 填报模板 downloads and 填报表 uploads (issue 16, values from Excel). */
export const VALUES_WORKBOOK_ROUTES: readonly OfficeRoute[] = [
  {
    method: 'GET',
    path: '/api/plans/:planCode/indicator-values-template.xlsx',
    label: '指标数值填报模板（指标 × 年度，预填已知值）',
    async handle(scope, { params }) {
      const file = await indicatorValuesTemplate(scope, params.planCode ?? '');
      return { ...file, contentType: XLSX };
    },
  },
  {
    method: 'POST',
    path: '/api/plans/:planCode/indicator-values.xlsx',
    label: '上传指标数值填报表',
    handle: (scope, { params, body }) =>
      upload(() => uploadIndicatorValues(scope, params.planCode ?? '', bodyOf(body))),
  },
  {
    method: 'GET',
    path: '/api/plans/:planCode/progress-template.xlsx',
    label: '进度填报模板（牵头措施 × 报告期，预填已报内容）',
    async handle(scope, { params, query }) {
      const file = await progressTemplate(scope, params.planCode ?? '', query.get('departmentCode'));
      return { ...file, contentType: XLSX };
    },
  },
  {
    method: 'POST',
    path: '/api/plans/:planCode/progress.xlsx',
    label: '上传进度填报表（办公室可补录原报送日期）',
    handle: (scope, { params, body }) => upload(() => uploadProgress(scope, params.planCode ?? '', bodyOf(body))),
  },
];
