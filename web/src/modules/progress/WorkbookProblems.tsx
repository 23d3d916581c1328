import { Table } from 'antd';

/** One problem of an uploaded workbook, at its place (README, "Office documents"). */
export interface WorkbookError {
  message: string;
  extensions: { detail?: string; sheet?: string | null; row?: number | null; column?: string | null; reason?: string };
}

/** The problems of a refused upload, each at its sheet, row and column. */
export function WorkbookProblems({ errors }: { errors: WorkbookError[] }) {
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={errors}
      columns={[
        { title: '工作表', key: 'sheet', render: (_, e) => e.extensions.sheet ?? '—' },
        { title: '行', key: 'row', render: (_, e) => e.extensions.row ?? '—' },
        { title: '列', key: 'column', render: (_, e) => e.extensions.column ?? '—' },
        { title: '问题', key: 'reason', render: (_, e) => e.extensions.reason ?? e.message },
      ]}
    />
  );
}
