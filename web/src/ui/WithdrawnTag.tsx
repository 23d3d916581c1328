import { Tooltip } from 'antd';
import { TONE_COLOR } from './status';

/** 撤销 as a revision set it: the date from which the measure owes nothing, and why. */
export interface WithdrawalFacts {
  on: string;
  reason: string;
}

/**
 * 已撤销: a measure a revision withdrew, shown greyed beside its code; the reason and date in words (and in the
 * tooltip), so it reads in black and white. Renders nothing for a measure in force.
 */
export function WithdrawnTag({
  withdrawn,
  showReason,
}: {
  withdrawn: WithdrawalFacts | null | undefined;
  showReason?: boolean;
}) {
  if (!withdrawn) return null;
  const text = `${withdrawn.on} 起撤销：${withdrawn.reason}`;
  return (
    <Tooltip title={text}>
      <span
        className="status-tag withdrawn-tag"
        style={{ color: TONE_COLOR.grey, borderColor: TONE_COLOR.grey }}
        data-withdrawn={withdrawn.on}
      >
        <span aria-hidden>⊘</span> 已撤销{showReason ? `（${text}）` : ''}
      </span>
    </Tooltip>
  );
}
