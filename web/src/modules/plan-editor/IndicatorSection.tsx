import { Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import type { EditorModel } from './editor-actions';
import type { EditorIndicator, EditorPlan } from './editor-plan';
import { IndicatorModal, type IndicatorTarget } from './IndicatorModal';

const KIND: Record<string, string> = { NUMERIC: '定量', QUALITATIVE: '定性' };
const DIRECTION: Record<string, string> = { INCREASE: '越大越好', DECREASE: '越小越好' };

const withUnit = (value: number | null | undefined, unit: string | null | undefined) =>
  value == null ? '—' : `${value}${unit ?? ''}`;

/** 指标: a table per goal, with add, edit and remove. */
export function IndicatorSection(props: { editor: EditorModel; plan: EditorPlan }) {
  const { editor, plan } = props;
  const [target, setTarget] = useState<IndicatorTarget | null>(null);
  const remove = (i: EditorIndicator) => editor.actions.removeIndicator(i.code);
  const columns = [
    { title: '编号', dataIndex: 'code' },
    { title: '指标', dataIndex: 'name' },
    {
      title: '基期',
      render: (_: unknown, i: EditorIndicator) =>
        `${withUnit(i.baseline, i.unit)}${i.baselineYear ? `（${i.baselineYear}年）` : ''}`,
    },
    { title: '目标', render: (_: unknown, i: EditorIndicator) => withUnit(i.target, i.unit) },
    { title: '目标日期', dataIndex: 'targetDate' },
    { title: '类型', render: (_: unknown, i: EditorIndicator) => `${KIND[i.targetKind]} · ${DIRECTION[i.direction]}` },
    { title: '原文', dataIndex: 'targetText' },
    { title: '责任单位', render: (_: unknown, i: EditorIndicator) => i.department.name },
    {
      title: '',
      render: (_: unknown, i: EditorIndicator) => (
        <Space>
          <Button size="small" onClick={() => setTarget({ indicator: i })}>
            编辑
          </Button>
          {/* A plan in force keeps its indicators: a revision changes their targets, it does not delete them. */}
          {editor.actions.mode === 'draft' && (
            <Popconfirm title={`删除指标「${i.name}」？`} onConfirm={() => remove(i)}>
              <Button size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      {plan.goals.map((goal) => (
        <Card
          key={goal.code}
          size="small"
          className="section"
          title={`指标 · 目标 ${goal.code} ${goal.title}`}
          extra={<Button onClick={() => setTarget({ goalCode: goal.code })}>新增指标</Button>}
        >
          <Table
            size="small"
            rowKey="code"
            onRow={(i) => ({ id: `indicator-${i.code}` })}
            pagination={false}
            columns={columns}
            dataSource={plan.indicators.filter((i) => i.goal.code === goal.code)}
            locale={{ emptyText: '暂无指标' }}
          />
        </Card>
      ))}
      <IndicatorModal editor={editor} target={target} onClose={() => setTarget(null)} />
    </>
  );
}
