import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatPeriod } from '../../lib/format';
import { STATUS_META, TONE_COLOR } from '../../ui/status';
import { WarningTag } from '../../ui/WarningTag';
import type { MeetingMode } from './MeetingToolbar';
import type { MatrixCell, MatrixRow } from './useMeetingModel';

/** How many department columns fit on one page of the matrix. */
const PAGE_COLUMNS: Record<MeetingMode, number> = { screen: 30, projector: 8 };

interface Column {
  code: string;
  name: string;
}

/** 措施 × 部门: each measure's warning and each department's latest status, the departments paged to fit. */
export function MeetingMatrix(props: { rows: MatrixRow[]; columns: Column[]; mode: MeetingMode; planCode: string }) {
  const [page, setPage] = useState(0);
  const size = PAGE_COLUMNS[props.mode];
  const pages = Math.max(1, Math.ceil(props.columns.length / size));
  const shown = props.columns.slice((page % pages) * size, (page % pages) * size + size);
  return (
    <Card
      size="small"
      title={`措施 × 部门（${props.rows.length} 项措施，${props.columns.length} 个部门）`}
      extra={
        pages > 1 && (
          <Space className="no-print">
            <Button size="small" onClick={() => setPage((p) => (p + pages - 1) % pages)}>
              上一组部门
            </Button>
            <span>
              {(page % pages) + 1}/{pages}
            </span>
            <Button size="small" onClick={() => setPage((p) => (p + 1) % pages)}>
              下一组部门
            </Button>
          </Space>
        )
      }
    >
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">措施</th>
              <th scope="col">预警</th>
              {shown.map((d) => (
                <th key={d.code} scope="col" className="matrix-dept">
                  <span>{d.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map(({ measure, cells }) => (
              <tr key={measure.id} data-measure={measure.code}>
                <th scope="row">
                  <Link to={`/plans/${props.planCode}/measures/${encodeURIComponent(measure.code)}`}>
                    {measure.code}
                  </Link>{' '}
                  {measure.title}
                </th>
                <td className="matrix-warning">
                  <WarningTag warning={measure.warning} compact />
                </td>
                {shown.map((d) => (
                  <StatusCell key={d.code} department={d} cell={cells.get(d.code)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** One department's part in a measure: ★ lead or ● participant, and the mark of its latest status (– none). */
function StatusCell({ department, cell }: { department: Column; cell: MatrixCell | undefined }) {
  if (!cell) return <td />;
  const meta = cell.latest ? STATUS_META[cell.latest.status] : null;
  const color = meta ? TONE_COLOR[meta.tone] : TONE_COLOR.grey;
  return (
    <td
      className="matrix-cell"
      data-department={department.code}
      data-status={cell.latest?.status ?? 'NONE'}
      style={{ background: `${color}22`, color }}
      title={`${department.name}${cell.role === 'LEAD' ? '（牵头）' : '（参与）'}：${meta ? `${meta.label} ${cell.latest?.percentComplete}%（${formatPeriod(cell.latest?.period ?? '')}）` : '未填报'}`}
    >
      {cell.role === 'LEAD' ? '★' : '●'} {meta ? meta.mark : '–'}
    </td>
  );
}
