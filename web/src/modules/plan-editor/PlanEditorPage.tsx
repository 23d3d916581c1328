import { Alert, Button, Card, Col, Empty, Row, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { AddNodeModal, type AddTarget } from './AddNodeModal';
import { EditorTree } from './EditorTree';
import { goalKey, measureKey } from './editor-tree';
import { GoalForm } from './GoalForm';
import { ImportChecklist, SourceNote } from './ImportChecklist';
import { IndicatorSection } from './IndicatorSection';
import { MeasureForm } from './MeasureForm';
import { PlanForm } from './PlanForm';
import { PublishPanel, type PublishProblem } from './PublishPanel';
import { type EditorPlan, type PlanEditorModel, usePlanEditor } from './usePlanEditor';

const PLAN_KEY = 'plan';

/** The form for the selected item: the plan's own fields, a goal, or a node of the tree. */
function SelectedForm(props: { editor: PlanEditorModel; plan: EditorPlan; selected: string; onClear: () => void }) {
  const { editor, plan, selected } = props;
  const goal = plan.goals.find((g) => goalKey(g.code) === selected);
  if (goal) {
    return (
      <>
        <SourceNote source={goal.source} flags={goal.importFlags} />
        <GoalForm editor={editor} goal={goal} onRemoved={props.onClear} />
      </>
    );
  }
  const measure = plan.measures.find((m) => measureKey(m.code) === selected);
  if (measure) {
    return (
      <>
        <SourceNote source={measure.source} flags={measure.importFlags} />
        <MeasureForm editor={editor} measure={measure} onRemoved={props.onClear} />
      </>
    );
  }
  return (
    <>
      <SourceNote source={null} flags={plan.importFlags} />
      <PlanForm editor={editor} plan={plan} />
    </>
  );
}

/**
 * 方案编辑: the office writes its draft: the plan's own fields and cycle, the tree of goals, projects, measures and
 * child measures with their units, the indicators of each goal; then publishes it. Only a draft is edited here
 * (`viewerCan.edit`); a plan in force changes through a revision.
 */
export function PlanEditorPage() {
  const { planCode = '' } = useParams();
  const editor = usePlanEditor(planCode);
  const [selected, setSelected] = useState<string>(PLAN_KEY);
  const [adding, setAdding] = useState<AddTarget | null>(null);
  const { plan } = editor;
  if (editor.error && !plan)
    return <Alert type="error" showIcon message="方案加载失败" description={editor.error.message} />;
  if (!plan) return <Skeleton active />;
  if (!plan.viewerCan.edit) {
    return (
      <Alert
        type="info"
        showIcon
        message="只有草稿可直接修改，且只能由本方案的领导小组办公室或管理员编辑；已发布的方案须通过方案调整。"
      />
    );
  }
  const show = (item: PublishProblem['item']) => {
    if (item.kind === 'GOAL') setSelected(goalKey(item.code));
    else if (item.kind === 'MEASURE') setSelected(measureKey(item.code));
    else if (item.kind === 'PLAN') setSelected(PLAN_KEY);
    else document.getElementById(`indicator-${item.code}`)?.scrollIntoView({ behavior: 'smooth' });
  };
  return (
    <div className="plan-editor">
      <div className="plan-editor-head">
        <h1>
          {plan.title} <Tag color="red">草稿</Tag>
        </h1>
        <PublishPanel editor={editor} onShow={show} />
      </div>
      {plan.predecessor && (
        <Alert
          type="info"
          showIcon
          className="section"
          style={{ marginBottom: 12 }}
          data-testid="successor-note"
          message={`接续自「${plan.predecessor.title}」`}
          description="带入的指标以原方案终值为基期值，目标值暂沿用原方案目标、目标日期为本方案结束日：请逐项修订后再发布。"
        />
      )}
      <ImportChecklist editor={editor} plan={plan} onShow={show} />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title="方案结构"
            extra={
              <Button type="link" size="small" onClick={() => setSelected(PLAN_KEY)}>
                方案信息
              </Button>
            }
          >
            <EditorTree
              editor={editor}
              plan={plan}
              selected={selected}
              onSelect={(k) => setSelected(k ?? PLAN_KEY)}
              onAdd={setAdding}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={selected === PLAN_KEY ? '方案信息' : '编辑所选项'}>
            {plan ? (
              <SelectedForm editor={editor} plan={plan} selected={selected} onClear={() => setSelected(PLAN_KEY)} />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
      </Row>
      <IndicatorSection editor={editor} plan={plan} />
      <AddNodeModal
        editor={editor}
        target={adding}
        onClose={(key) => {
          setAdding(null);
          if (key) setSelected(key);
        }}
      />
    </div>
  );
}
