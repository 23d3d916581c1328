import { Alert, Button, List, Tag, Typography } from 'antd';
import type { DraftItemKind } from '../../gql/graphql';
import { ConfirmImportedItem } from './editor-mutations';
import type { EditorPlan } from './editor-plan';
import type { PlanEditorModel } from './usePlanEditor';

/** An item of an imported draft with its 待核对 flags, as the checklist lists it. */
export interface FlaggedItem {
  kind: DraftItemKind;
  code: string;
  label: string;
  reasons: string[];
  source: string | null;
}

const KIND_LABEL: Record<DraftItemKind, string> = { PLAN: '方案', GOAL: '目标', MEASURE: '措施', INDICATOR: '指标' };

/** Every item of the draft with open 待核对 flags, in the order of the document: plan, goals, tree, indicators. */
export function flaggedItems(plan: EditorPlan): FlaggedItem[] {
  const reasons = (flags: readonly { reason: string }[]) => flags.map((f) => f.reason);
  return [
    ...(plan.importFlags.length > 0
      ? [
          {
            kind: 'PLAN' as const,
            code: plan.code,
            label: plan.title,
            reasons: reasons(plan.importFlags),
            source: null,
          },
        ]
      : []),
    ...plan.goals
      .filter((g) => g.importFlags.length > 0)
      .map((g) => ({
        kind: 'GOAL' as const,
        code: g.code,
        label: g.title,
        reasons: reasons(g.importFlags),
        source: g.source ?? null,
      })),
    ...plan.measures
      .filter((m) => m.importFlags.length > 0)
      .map((m) => ({
        kind: 'MEASURE' as const,
        code: m.code,
        label: m.title,
        reasons: reasons(m.importFlags),
        source: m.source ?? null,
      })),
    ...plan.indicators
      .filter((i) => i.importFlags.length > 0)
      .map((i) => ({
        kind: 'INDICATOR' as const,
        code: i.code,
        label: i.name,
        reasons: reasons(i.importFlags),
        source: i.source ?? null,
      })),
  ];
}

/**
 * 待核对: what the importer was unsure of, first on the page. Each item opens in the editor beside its 原文; 确认无误
 * clears its flags as it stands, and an edit clears them too. Publishing waits until the list is empty.
 */
export function ImportChecklist(props: {
  editor: PlanEditorModel;
  plan: EditorPlan;
  onShow: (item: { kind: DraftItemKind; code: string }) => void;
}) {
  const { editor, plan } = props;
  const items = flaggedItems(plan);
  if (!plan.importedFrom && items.length === 0) return null;
  if (items.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        className="section"
        data-testid="import-checklist-done"
        message={`导入自「${plan.importedFrom}」：待核对项已全部核对，可以发布。`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      className="section import-checklist"
      data-testid="import-checklist"
      message={`导入自「${plan.importedFrom ?? '文件'}」：还有 ${items.length} 项待核对。逐项打开核对原文，修改或确认无误后才能发布。`}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              data-testid={`flagged-${item.kind}-${item.code}`}
              actions={[
                <Button key="show" size="small" type="link" onClick={() => props.onShow(item)}>
                  打开
                </Button>,
                <Button
                  key="confirm"
                  size="small"
                  onClick={() =>
                    void editor.write(
                      ConfirmImportedItem,
                      { plan: plan.code, kind: item.kind, code: item.code },
                      '已确认',
                    )
                  }
                >
                  确认无误
                </Button>,
              ]}
            >
              <div>
                <Tag>{KIND_LABEL[item.kind]}</Tag>
                <Typography.Text strong>
                  {item.code} {item.label}
                </Typography.Text>
                {item.reasons.map((r) => (
                  <div key={r} className="import-flag-reason">
                    {r}
                  </div>
                ))}
              </div>
            </List.Item>
          )}
        />
      }
    />
  );
}

/** 原文 beside an item's form, with its open flags: what the importer read, to check the fields against. */
export function SourceNote(props: { source: string | null | undefined; flags: readonly { reason: string }[] }) {
  if (!props.source && props.flags.length === 0) return null;
  return (
    <div className="source-note" data-testid="source-note">
      {props.flags.map((f) => (
        <Alert key={f.reason} type="warning" showIcon className="section" message={`待核对：${f.reason}`} />
      ))}
      {props.source && (
        <blockquote className="source-text">
          <Typography.Text type="secondary">原文：</Typography.Text>
          {props.source}
        </blockquote>
      )}
    </div>
  );
}
