import type { StatusCounts as StatusCountsData } from '../../gql/graphql';
import { STATUS_META, STATUS_ORDER, TONE_COLOR } from '../../ui/status';

/** The server's counts of measures by what their departments last reported (部门自报), unreported ones too. */
export type StatusCountsView = Omit<StatusCountsData, '__typename'>;

const KEY = {
  NOT_STARTED: 'notStarted',
  ON_TRACK: 'onTrack',
  AT_RISK: 'atRisk',
  DELAYED: 'delayed',
  COMPLETED: 'completed',
} as const;

/** Counts of measures by their departments' latest status, the ones needing attention first. */
export function StatusCounts(props: { counts: StatusCountsView; big?: boolean }) {
  return (
    <ul className={`status-counts${props.big ? ' big' : ''}`} aria-label="部门自报状态统计">
      {STATUS_ORDER.map((status) => {
        const meta = STATUS_META[status];
        return (
          <li key={status} style={{ color: TONE_COLOR[meta.tone] }} data-status={status}>
            <span className="count">{props.counts[KEY[status]]}</span>
            <span className="what">
              {meta.mark} 自报{meta.label}
            </span>
          </li>
        );
      })}
      <li style={{ color: TONE_COLOR.grey }} data-status="NONE">
        <span className="count">{props.counts.unreported}</span>
        <span className="what">– 从未报送</span>
      </li>
    </ul>
  );
}
