import { Alert, Button, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldError } from '../../lib/server-errors';
import { PublishPlan } from './editor-mutations';
import type { PlanEditorModel } from './usePlanEditor';

/** A problem the publish check found, as the server names it (extensions.problems). */
export interface PublishProblem {
  item: { kind: 'PLAN' | 'GOAL' | 'MEASURE' | 'INDICATOR'; code: string };
  path: string;
  message: string;
}

const KIND_LABEL: Record<PublishProblem['item']['kind'], string> = {
  PLAN: '方案',
  GOAL: '目标',
  MEASURE: '措施',
  INDICATOR: '指标',
};

const isProblems = (value: unknown): value is PublishProblem[] => Array.isArray(value);

/** 发布: publishes the draft, or lists every problem the check found, each a link to its item. */
export function PublishPanel(props: { editor: PlanEditorModel; onShow: (item: PublishProblem['item']) => void }) {
  const { editor } = props;
  const navigate = useNavigate();
  const [problems, setProblems] = useState<PublishProblem[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const planCode = editor.plan?.code ?? '';
  // A list found before the draft changed may no longer hold: it goes with the next change, until 发布 again.
  useEffect(() => {
    if (editor.plan) setProblems([]);
  }, [editor.plan]);
  const publish = async () => {
    const done = await editor.write(PublishPlan, { plan: planCode }, '方案已发布');
    if (done.ok) return void navigate(`/plans/${planCode}`);
    setProblems(isProblems(done.problems) ? done.problems : []);
    setErrors(isProblems(done.problems) ? [] : done.errors);
  };
  return (
    <div className="publish-panel">
      <Popconfirm title="发布后方案即生效，各责任单位开始报送。确认发布？" onConfirm={publish} okText="发布">
        <Button type="primary" size="large" data-testid="publish">
          发布
        </Button>
      </Popconfirm>
      {errors.map((e) => (
        <Alert key={e.reason} type="error" showIcon message={e.reason} className="section" />
      ))}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="section"
          data-testid="publish-problems"
          message={`还有 ${problems.length} 处问题，暂不能发布`}
          description={
            <ol className="publish-problems">
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <Typography.Link onClick={() => props.onShow(p.item)}>
                    {p.message.includes(`「${p.item.code}」`)
                      ? p.message
                      : `${KIND_LABEL[p.item.kind]}「${p.item.code}」：${p.message}`}
                  </Typography.Link>
                </li>
              ))}
            </ol>
          }
        />
      )}
    </div>
  );
}
