import { WARNING_META, type WarningLevelName, warningColor } from './warning';

/** A warning level as mark and word, with its reason beside it (or on hover when `compact`). */
export function WarningTag(props: { warning: { level: WarningLevelName; reason: string }; compact?: boolean }) {
  const { level, reason } = props.warning;
  const meta = WARNING_META[level];
  const color = warningColor(level);
  return (
    <span className="warning-tag" data-warning={level} title={reason}>
      <span className="status-tag" style={{ color, borderColor: color }}>
        <span aria-hidden>{meta.mark}</span> {meta.label}
      </span>
      {!props.compact && <span className="warning-reason">{reason}</span>}
    </span>
  );
}
