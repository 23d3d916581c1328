import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../lib/download';
import { useSession } from '../auth';

/** Where each 台账 is served (README, "Office documents"). */
export const ledgerPath = {
  plan: (planCode: string) => `/api/plans/${encodeURIComponent(planCode)}/ledger.xlsx`,
  department: (planCode: string, departmentCode: string) =>
    `/api/plans/${encodeURIComponent(planCode)}/departments/${encodeURIComponent(departmentCode)}/ledger.xlsx`,
  indicators: (planCode: string) => `/api/plans/${encodeURIComponent(planCode)}/indicator-ledger.xlsx`,
};

/**
 * 下载台账: fetches an .xlsx ledger with the reader's own token and saves it under the server's name; a refusal is
 * shown in the server's words.
 */
export function LedgerButton(props: { path: string; label: string; fallbackName: string }) {
  const session = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const refused = await downloadFile(props.path, session?.token ?? null, props.fallbackName);
      if (refused) message.error(refused);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid="ledger-download">
      {props.label}
    </Button>
  );
}
