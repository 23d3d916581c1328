import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Empty, List, Modal, Spin, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { RevisionChangeInput } from '../../gql/graphql';
import { useSession } from '../auth';
import { uploadPlanDocument } from './plan-document-upload';

const PlanRevisionProposalQuery = graphql(`
  query PlanRevisionProposal($plan: String!, $document: Int!) {
    planRevisionProposal(planCode: $plan, documentId: $document) {
      changes { description source changeJson unresolvedUnits }
      unresolvedUnits
    }
  }
`);

/** One proposed difference as the checklist shows it; `change` is null when it waits for a unit. */
interface Item {
  description: string;
  source: string | null;
  change: RevisionChangeInput | null;
  unresolvedUnits: string[];
}

/** A change the office accepted, to stage as one entry of 本次调整. */
export interface AcceptedChange {
  label: string;
  change: RevisionChangeInput;
}

/**
 * 从修订文件导入: the office uploads the revised document; the server reads it against the plan in force and proposes
 * the differences (each a RevisionChangeInput sent as JSON, parsed here). They show as a checklist, all ticked, each
 * with its 原文; 加入调整 stages the ticked ones, which the office can still remove one by one before publishing.
 */
export function RevisionFromDocument(props: { planCode: string; onAccept: (changes: AcceptedChange[]) => void }) {
  const session = useSession();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [items, setItems] = useState<Item[] | null>(null);
  const [unresolved, setUnresolved] = useState<string[]>([]);
  const [ticked, setTicked] = useState<Set<number>>(new Set());

  const reset = () => {
    setItems(null);
    setRefusal(null);
    setUnresolved([]);
    setTicked(new Set());
  };

  const read = async (file: Blob, fileName: string) => {
    reset();
    setBusy(true);
    const uploaded = await uploadPlanDocument(file, fileName, session?.token ?? null);
    if ('refusal' in uploaded) {
      setBusy(false);
      setRefusal(uploaded.refusal);
      return;
    }
    const result = await client
      .query(
        PlanRevisionProposalQuery,
        { plan: props.planCode, document: uploaded.id },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      const error = result.error?.graphQLErrors[0];
      setRefusal(typeof error?.extensions?.reason === 'string' ? error.extensions.reason : '读取失败，请稍后重试');
      return;
    }
    const proposal = result.data.planRevisionProposal;
    const list = proposal.changes.map((c) => ({
      description: c.description,
      source: c.source ?? null,
      change: c.changeJson ? (JSON.parse(c.changeJson) as RevisionChangeInput) : null,
      unresolvedUnits: c.unresolvedUnits,
    }));
    setItems(list);
    setUnresolved(proposal.unresolvedUnits);
    setTicked(new Set(list.flatMap((item, i) => (item.change ? [i] : []))));
  };

  const accept = () => {
    if (!items) return;
    props.onAccept(
      items.flatMap((item, i) =>
        item.change && ticked.has(i) ? [{ label: item.description, change: item.change }] : [],
      ),
    );
    setOpen(false);
    reset();
  };

  const toggle = (i: number, on: boolean) =>
    setTicked((set) => {
      const next = new Set(set);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="revision-from-document">
        从修订文件导入
      </Button>
      <Modal
        open={open}
        title="从修订文件导入"
        width={820}
        onCancel={() => {
          setOpen(false);
          reset();
        }}
        footer={
          items
            ? [
                <Button key="again" onClick={reset}>
                  换一个文件
                </Button>,
                <Button
                  key="accept"
                  type="primary"
                  disabled={ticked.size === 0}
                  onClick={accept}
                  data-testid="revision-proposal-accept"
                >
                  加入调整（{ticked.size} 项）
                </Button>,
              ]
            : null
        }
      >
        {refusal && <Alert type="error" showIcon className="section" message="无法导入" description={refusal} />}
        {!items ? (
          <Spin spinning={busy} tip="正在读取并比对…">
            <Upload.Dragger
              accept=".docx,.pdf,.txt"
              multiple={false}
              showUploadList={false}
              disabled={busy}
              beforeUpload={(file) => {
                void read(file, file.name);
                return false;
              }}
              data-testid="revision-document-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或拖入修订后的方案文件</p>
              <p className="ant-upload-hint">
                系统将文件与实施中的方案逐项比对，列出改动；勾选的改动加入本次调整，发布前仍可逐项移除。
              </p>
            </Upload.Dragger>
          </Spin>
        ) : items.length === 0 ? (
          <Empty description="修订文件与实施中的方案一致，没有需要调整的内容" />
        ) : (
          <>
            {unresolved.length > 0 && (
              <Alert
                type="warning"
                showIcon
                className="section"
                message={`部门名册中没有以下单位：${unresolved.join('、')}`}
                description="涉及这些单位的改动暂不能加入调整；请先在部门名册中新增单位或登记别名，再重新导入。"
              />
            )}
            <List
              className="revision-proposal"
              data-testid="revision-proposal"
              dataSource={items}
              renderItem={(item, i) => (
                <List.Item data-testid="revision-proposal-item">
                  <div>
                    <Checkbox
                      checked={ticked.has(i)}
                      disabled={!item.change}
                      onChange={(e) => toggle(i, e.target.checked)}
                    >
                      {item.description}
                    </Checkbox>
                    {item.unresolvedUnits.length > 0 && (
                      <Tag color="warning">待对应单位：{item.unresolvedUnits.join('、')}</Tag>
                    )}
                    {!item.change && item.unresolvedUnits.length === 0 && <Tag color="warning">需先加入上级项</Tag>}
                    {item.source && (
                      <blockquote className="source-text">
                        <Typography.Text type="secondary">原文：</Typography.Text>
                        {item.source}
                      </blockquote>
                    )}
                  </div>
                </List.Item>
              )}
            />
          </>
        )}
      </Modal>
    </>
  );
}
