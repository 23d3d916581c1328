import { WARNING_META, type WarningLevelName, warningColor } from './warning';

export interface VerdictView {
  level: WarningLevelName;
  label: string;
  basis: string;
  reason: string;
  details: readonly string[];
}

/**
 * The server's verdict (研判) as mark and word in its level's colour, e.g. ■ 逾期未报; the reason beside it (or on
 * hover when `compact`), with whose word decided it.
 */
export function VerdictTag(props: { verdict: VerdictView; compact?: boolean }) {
  const { level, label, basis, reason } = props.verdict;
  const color = warningColor(level);
  return (
    <span className="warning-tag verdict-tag" data-warning={level} data-verdict={label} title={`${reason}（${basis}）`}>
      <span className="status-tag" style={{ color, borderColor: color }}>
        <span aria-hidden>{WARNING_META[level].mark}</span> {label}
      </span>
      {!props.compact && <span className="warning-reason">{reason}</span>}
    </span>
  );
}
