import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton, Space } from 'antd';
import { Suspense, useRef, useState } from 'react';
import { lazyPage } from '../../app/lazy-page';
import { downloadFile } from '../../lib/download';
import { useSession } from '../auth';
import type { WorkbookError } from './WorkbookProblems';

// The problems' table only shows after a refused upload: Ant Design's Table (about 50 KiB gzip) loads then, not with
// every page that offers the workbook (the desk on a phone).
const WorkbookProblems = lazyPage(() => import('./WorkbookProblems'), 'WorkbookProblems');

type Outcome =
  | { kind: 'done'; written: number; unchanged: number }
  | { kind: 'refused'; errors: WorkbookError[] }
  | { kind: 'failed'; reason: string };

const PATHS = {
  progress: { template: 'progress-template.xlsx', upload: 'progress.xlsx', name: '进度填报模板.xlsx' },
  'indicator-values': {
    template: 'indicator-values-template.xlsx',
    upload: 'indicator-values.xlsx',
    name: '指标数值填报模板.xlsx',
  },
} as const;

/**
 * 下载填报模板 / 上传填报表: the fill-in workbook of a department's progress (measure × period) or indicator values
 * (indicator × year). An upload is checked row by row as the API checks it; the problems are listed at their sheet,
 * row and column, and nothing is written unless every row passes.
 */
export function ValuesWorkbook(props: {
  kind: keyof typeof PATHS;
  planCode: string;
  /** For the plan office: whose progress (办公室补录). */
  departmentCode?: string;
  label?: string;
  /** Called after an upload was imported (the page asks for its figures again). */
  onImported?: () => void;
}) {
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const paths = PATHS[props.kind];
  const base = `/api/plans/${encodeURIComponent(props.planCode)}`;
  const query = props.departmentCode ? `?departmentCode=${encodeURIComponent(props.departmentCode)}` : '';

  async function download() {
    const reason = await downloadFile(`${base}/${paths.template}${query}`, session?.token ?? null, paths.name);
    setOutcome(reason ? { kind: 'failed', reason } : null);
  }

  async function upload(file: File) {
    setBusy(true);
    try {
      const res = await fetch(`${base}/${paths.upload}`, {
        method: 'POST',
        headers: session?.token ? { authorization: `Bearer ${session.token}` } : {},
        body: file,
      });
      const answer = (await res.json().catch(() => null)) as {
        written?: number;
        unchanged?: number;
        errors?: WorkbookError[];
      } | null;
      if (res.ok && answer) {
        setOutcome({ kind: 'done', written: answer.written ?? 0, unchanged: answer.unchanged ?? 0 });
        props.onImported?.();
      } else if (answer?.errors?.length && answer.errors.some((e) => e.extensions.sheet !== undefined))
        setOutcome({ kind: 'refused', errors: answer.errors });
      else
        setOutcome({
          kind: 'failed',
          reason:
            answer?.errors?.[0]?.extensions.reason ?? answer?.errors?.[0]?.message ?? `上传失败（HTTP ${res.status}）`,
        });
    } catch {
      setOutcome({ kind: 'failed', reason: '网络连接失败，请稍后重试' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="values-workbook">
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={download}>
          下载填报模板{props.label ? `（${props.label}）` : ''}
        </Button>
        <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          上传填报表
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label="上传填报表"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </Space>
      {outcome?.kind === 'done' && (
        <Alert
          className="section"
          type="success"
          showIcon
          message={`已导入：新记录 ${outcome.written} 条${outcome.unchanged ? `，未改动 ${outcome.unchanged} 条（不重复记录）` : ''}`}
        />
      )}
      {outcome?.kind === 'failed' && <Alert className="section" type="error" showIcon message={outcome.reason} />}
      {outcome?.kind === 'refused' && (
        <div className="section">
          <Alert
            type="error"
            showIcon
            message={`填报表有 ${outcome.errors.length} 处问题，未导入任何数据；请修改后重新上传`}
          />
          <Suspense fallback={<Skeleton active />}>
            <WorkbookProblems errors={outcome.errors} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
