import { type ProgressStatusName, STATUS_META, TONE_COLOR } from './status';

/** A status as a mark and a word in its colour: readable in black and white and by the colour-blind. */
export function StatusTag({
  status,
  size = 'normal',
}: {
  status: ProgressStatusName | null | undefined;
  size?: 'normal' | 'large';
}) {
  if (!status) {
    return (
      <span className="status-tag" style={{ color: TONE_COLOR.grey, borderColor: TONE_COLOR.grey }}>
        <span aria-hidden>–</span> 未填报
      </span>
    );
  }
  const meta = STATUS_META[status];
  const color = TONE_COLOR[meta.tone];
  return (
    <span className={`status-tag status-${size}`} style={{ color, borderColor: color }} data-status={status}>
      <span aria-hidden>{meta.mark}</span> {meta.label}
    </span>
  );
}
