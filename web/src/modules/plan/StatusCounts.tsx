import { STATUS_META, STATUS_ORDER, TONE_COLOR } from '../../ui/status';

type Status = (typeof STATUS_ORDER)[number];

/** Counts of measures by their latest status, the ones needing attention first; unreported ones too. */
export function StatusCounts(props: {
  measures: readonly { latestReport?: { status: Status } | null }[];
  big?: boolean;
}) {
  const counts = new Map<Status | 'NONE', number>();
  for (const m of props.measures) {
    const key = m.latestReport?.status ?? 'NONE';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (
    <ul className={`status-counts${props.big ? ' big' : ''}`} aria-label="措施状态统计">
      {STATUS_ORDER.map((status) => {
        const meta = STATUS_META[status];
        return (
          <li key={status} style={{ color: TONE_COLOR[meta.tone] }} data-status={status}>
            <span className="count">{counts.get(status) ?? 0}</span>
            <span className="what">
              {meta.mark} {meta.label}
            </span>
          </li>
        );
      })}
      <li style={{ color: TONE_COLOR.grey }} data-status="NONE">
        <span className="count">{counts.get('NONE') ?? 0}</span>
        <span className="what">– 未填报</span>
      </li>
    </ul>
  );
}
