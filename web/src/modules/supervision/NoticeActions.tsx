import { Button, Space } from 'antd';
import type { NoticeList_UrgeNoticeFragment } from '../../gql/graphql';
import { DownloadButton } from '../auth';
import type { useNoticeActions } from './useNoticeActions';

/** A notice's buttons: exactly the steps the server says this viewer may take now (`viewerCan`). */
export function NoticeActions(props: {
  notice: NoticeList_UrgeNoticeFragment;
  actions: ReturnType<typeof useNoticeActions>;
}) {
  const { notice: n, actions } = props;
  const can = n.viewerCan;
  const pending = n.pendingExtension;
  return (
    <Space wrap>
      {can.acknowledge && (
        <Button size="small" type="primary" onClick={() => actions.acknowledge(n.id)}>
          签收
        </Button>
      )}
      {can.respond && (
        <Button size="small" type="primary" onClick={() => actions.respond(n.id)}>
          反馈
        </Button>
      )}
      {can.requestExtension && (
        <Button size="small" onClick={() => actions.requestExtension(n.id, n.dueOn)}>
          申请延期
        </Button>
      )}
      {can.decideExtension && pending && (
        <>
          <Button size="small" type="primary" onClick={() => actions.approveExtension(pending.id)}>
            同意延期
          </Button>
          <Button size="small" onClick={() => actions.refuseExtension(pending.id)}>
            不同意
          </Button>
        </>
      )}
      {can.close && (
        <Button size="small" type="primary" onClick={() => actions.close(n.id)}>
          办结
        </Button>
      )}
      {can.returnForRevision && (
        <Button size="small" onClick={() => actions.sendBack(n.id)}>
          退回
        </Button>
      )}
      <DownloadButton
        size="small"
        path={`/api/urge-notices/${encodeURIComponent(n.id)}/notice.docx`}
        fallbackName="督办单.docx"
      >
        下载督办单
      </DownloadButton>
    </Space>
  );
}
