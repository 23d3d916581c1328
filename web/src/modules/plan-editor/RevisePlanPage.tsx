import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Row,
  Skeleton,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import type { PlanChangeLine } from '../../gql/graphql';
import { AddNodeModal, type AddTarget } from './AddNodeModal';
import { EditorTree } from './EditorTree';
import type { EditorModel } from './editor-actions';
import { PublishRevision } from './editor-mutations';
import { goalKey, measureKey } from './editor-tree';
import { GoalForm } from './GoalForm';
import { IndicatorSection } from './IndicatorSection';
import { MeasureForm } from './MeasureForm';
import { RevisionFromDocument } from './RevisionFromDocument';
import { ChangeLines } from './RevisionLines';
import { changeIndexOf } from './revision-staging';
import { usePlanEditor } from './usePlanEditor';
import { useRevisionStaging } from './useRevisionStaging';

interface PublishValues {
  reason: string;
  docNumber?: string;
  effectiveOn: Dayjs;
}

interface Refusal {
  /** The staged entry it names, by its index in what was sent; null for the revision as a whole. */
  index: number | null;
  /** The tree key of the item a publish check's problem names. */
  key: string | null;
  reason: string;
}

interface Problem {
  item?: { kind?: string; code?: string };
  message?: string;
}

/** The server's refusals of a revision, each tied to the staged change or the item it names. */
function refusalsOf(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): Refusal[] {
  return errors.flatMap((e): Refusal[] => {
    const reason = typeof e.extensions?.reason === 'string' ? e.extensions.reason : e.message;
    const problems = e.extensions?.problems;
    if (Array.isArray(problems) && problems.length > 0) {
      return (problems as Problem[]).map((p) => ({
        index: null,
        key:
          p.item?.kind === 'GOAL' && p.item.code
            ? goalKey(p.item.code)
            : p.item?.kind === 'MEASURE' && p.item.code
              ? measureKey(p.item.code)
              : null,
        reason: p.message ?? reason,
      }));
    }
    return [{ index: changeIndexOf(e.extensions?.field as string | undefined), key: null, reason }];
  });
}

/**
 * 方案调整: the office changes a plan in force. The tree and forms are the draft editor's, in staging mode: each
 * edit becomes an entry of 本次调整 (removable) and the tree shows the plan as they leave it; 预览 asks the server
 * for the readable changes without writing; 发布调整 publishes them together with the reason, the document number
 * and the effective date. A refusal shows beside the entry and the item it names.
 */
export function RevisePlanPage() {
  const { planCode = '' } = useParams();
  const editor = usePlanEditor(planCode);
  const staging = useRevisionStaging(editor.plan, editor.departments);
  const client = useClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishValues>();
  const [selected, setSelected] = useState<string>('');
  const [adding, setAdding] = useState<AddTarget | null>(null);
  const [refusals, setRefusals] = useState<{ sent: number[]; list: Refusal[] }>({ sent: [], list: [] });
  const [preview, setPreview] = useState<PlanChangeLine[] | null>(null);
  const [busy, setBusy] = useState(false);

  // A refusal names the entry by its index in what was sent: map it back to the entry still staged.
  const byEntry = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const r of refusals.list) {
      const id = r.index === null ? undefined : refusals.sent[r.index];
      if (id !== undefined) map.set(id, [...(map.get(id) ?? []), r.reason]);
    }
    return map;
  }, [refusals]);
  const itemErrors = useMemo(() => {
    const map = new Map<string, string[]>();
    const add = (key: string, reason: string) => map.set(key, [...(map.get(key) ?? []), reason]);
    for (const r of refusals.list) if (r.key) add(r.key, r.reason);
    for (const entry of staging.staged) for (const reason of byEntry.get(entry.id) ?? []) add(entry.key, reason);
    return map;
  }, [refusals, staging.staged, byEntry]);
  const general = refusals.list.filter((r) => !r.key && (r.index === null || refusals.sent[r.index] === undefined));

  const base = editor.plan;
  if (editor.error && !base)
    return <Alert type="error" showIcon message="方案加载失败" description={editor.error.message} />;
  if (!base) return <Skeleton active />;
  if (!base.viewerCan.revise) {
    return (
      <Alert
        type="info"
        showIcon
        message="只有实施中的方案可以调整，且只能由本方案的领导小组办公室或管理员调整；草稿请直接编辑。"
      />
    );
  }
  const model: EditorModel = {
    plan: staging.plan,
    departments: editor.departments,
    actions: staging.actions,
    itemErrors,
    withdrawn: staging.withdrawn,
  };
  const plan = staging.plan ?? base;

  const send = async (dryRun: boolean) => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (staging.staged.length === 0) {
      setRefusals({ sent: [], list: [{ index: null, key: null, reason: '本次调整还没有任何改动' }] });
      return;
    }
    setBusy(true);
    const sent = staging.staged.map((entry) => entry.id);
    const result = await client
      .mutation(PublishRevision, {
        i: {
          planCode,
          reason: values.reason.trim(),
          docNumber: values.docNumber?.trim() || null,
          effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
          dryRun,
          changes: staging.staged.map((entry) => entry.change),
        },
      })
      .toPromise();
    setBusy(false);
    if (result.error) {
      setPreview(null);
      const list = result.error.networkError
        ? [{ index: null, key: null, reason: '网络连接失败，本次调整已保留，请稍后重试' }]
        : refusalsOf(result.error.graphQLErrors);
      setRefusals({ sent, list });
      return;
    }
    setRefusals({ sent: [], list: [] });
    if (dryRun) {
      setPreview(result.data?.publishRevision.changes ?? []);
      return;
    }
    void message.success(`已发布第 ${result.data?.publishRevision.revision?.number ?? ''} 次调整`);
    staging.clear();
    void navigate(`/plans/${planCode}/history`);
  };

  const goal = plan.goals.find((g) => goalKey(g.code) === selected);
  const measure = plan.measures.find((m) => measureKey(m.code) === selected);
  return (
    <div className="plan-editor plan-revise">
      <div className="plan-editor-head">
        <h1>
          {plan.title} <Tag color="processing">实施中</Tag> 方案调整
        </h1>
        <div className="revision-buttons">
          <RevisionFromDocument
            planCode={planCode}
            onAccept={(accepted) => {
              for (const { label, change } of accepted) staging.stage(label, change);
              if (accepted.length > 0) void message.success(`已加入本次调整 ${accepted.length} 项`);
            }}
          />
          <Link to={`/plans/${planCode}/history`}>
            <Button>版本历史</Button>
          </Link>
        </div>
      </div>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card size="small" title="方案结构（含本次调整）">
            <EditorTree
              editor={model}
              plan={plan}
              selected={selected || null}
              onSelect={(k) => k && setSelected(k)}
              onAdd={setAdding}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title="调整所选项">
            {goal ? (
              <GoalForm editor={model} goal={goal} onRemoved={() => setSelected('')} />
            ) : measure ? (
              <MeasureForm editor={model} measure={measure} onRemoved={() => setSelected('')} />
            ) : (
              <Empty description="在左侧选择要调整的目标或措施，或新增" />
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={16} className="section">
        <Col xs={24} lg={14}>
          <Card size="small" title={`本次调整（${staging.staged.length} 项）`} data-testid="revision-staged">
            <List
              className="revision-list"
              dataSource={staging.staged}
              locale={{ emptyText: '尚无改动：在方案结构中修改、新增或撤销，改动会列在这里，发布前不生效' }}
              renderItem={(entry, n) => {
                const errors = [
                  ...(byEntry.get(entry.id) ?? []),
                  ...refusals.list.filter((r) => r.key === entry.key).map((r) => r.reason),
                ];
                return (
                  <List.Item
                    className={errors.length ? 'has-error' : undefined}
                    data-staged={entry.key}
                    actions={[
                      <Button key="remove" size="small" type="link" onClick={() => staging.unstage(entry.id)}>
                        移除
                      </Button>,
                    ]}
                  >
                    <div>
                      <span className="muted">{n + 1}. </span>
                      {entry.label}
                      {errors.map((reason) => (
                        <div key={reason} className="tree-item-error" data-testid="staged-error">
                          {reason}
                        </div>
                      ))}
                    </div>
                  </List.Item>
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="发布调整" data-testid="revision-publish">
            <Form form={form} name="revision" layout="vertical" initialValues={{ effectiveOn: dayjs(base.today) }}>
              <Form.Item
                name="reason"
                label="调整理由"
                rules={[{ required: true, whitespace: true, message: '请写明调整理由' }]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
              </Form.Item>
              <Form.Item name="docNumber" label="调整文件号">
                <Input placeholder="如 博知领办发〔2025〕3号" />
              </Form.Item>
              <Form.Item name="effectiveOn" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
                <DatePicker />
              </Form.Item>
              {general.map((r) => (
                <Alert key={r.reason} type="error" showIcon className="section" message={r.reason} />
              ))}
              <div className="revision-buttons">
                <Button onClick={() => void send(true)} loading={busy} data-testid="revision-preview-button">
                  预览
                </Button>
                <Popconfirm
                  title="发布后调整即生效，各责任单位按调整后的方案报送。确认发布？"
                  okText="发布"
                  onConfirm={() => void send(false)}
                >
                  <Button type="primary" loading={busy} data-testid="revision-publish-button">
                    发布调整
                  </Button>
                </Popconfirm>
              </div>
            </Form>
            {preview && (
              <div className="section" data-testid="revision-preview">
                <strong>预览：发布后方案将有以下变化</strong>
                <ChangeLines lines={preview} />
              </div>
            )}
          </Card>
        </Col>
      </Row>
      <IndicatorSection editor={model} plan={plan} />
      <AddNodeModal
        editor={model}
        target={adding}
        onClose={(key) => {
          setAdding(null);
          if (key) setSelected(key);
        }}
      />
    </div>
  );
}
