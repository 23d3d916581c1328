import { Button, type ButtonProps, message } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../lib/download';
import { useSession } from './session';

/**
 * A button that downloads one of the server's office files with the signed-in reader's token; the server decides
 * who may have it, and its refusal (in Chinese) is shown as it says it.
 */
export function DownloadButton(
  props: { path: string; fallbackName: string; children: React.ReactNode } & Pick<ButtonProps, 'size' | 'type'>,
) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size={props.size}
      type={props.type}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const refused = await downloadFile(props.path, session?.token ?? null, props.fallbackName);
          if (refused) void message.error(refused);
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.children}
    </Button>
  );
}
