import { Tooltip, Typography } from 'antd';
import { formatAmount } from '../../lib/format';

/** A target a revision (方案调整) replaced, as Indicator.targetHistory gives it. */
export interface TargetRevisionFacts {
  target?: number | null;
  targetText: string;
  until: string;
  revisionNumber: number;
}

/**
 * 调整前: a small note beside a target a revision changed, naming the old target(s); the tooltip says which revision
 * and until when each held. Renders nothing for a target never revised.
 */
export function TargetRevisedNote({
  history,
  unit,
}: {
  history: readonly TargetRevisionFacts[] | null | undefined;
  unit?: string | null;
}) {
  if (!history || history.length === 0) return null;
  const value = (old: TargetRevisionFacts) =>
    old.target == null ? old.targetText : `${formatAmount(old.target)}${unit ? ` ${unit}` : ''}`;
  const detail = history
    .map((old) => `第 ${old.revisionNumber} 次调整前（至 ${old.until}）：${old.targetText}`)
    .join('；');
  return (
    <Tooltip title={detail}>
      <Typography.Text type="secondary" className="target-revised" style={{ fontSize: '0.85em' }}>
        {' '}
        调整前：{history.map(value).join('、')}
      </Typography.Text>
    </Tooltip>
  );
}
