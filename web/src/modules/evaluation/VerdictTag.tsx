import { toneColor, type VerdictMeta } from './verdict';

/** A verdict as its mark and word in its colour (status-tag styling, so print keeps the mark and word). */
export function VerdictTag({ meta, verdict }: { meta: VerdictMeta; verdict: string }) {
  const color = toneColor(meta);
  return (
    <span className="status-tag verdict-tag" style={{ color, borderColor: color }} data-verdict={verdict}>
      <span aria-hidden>{meta.mark}</span> {meta.label}
    </span>
  );
}
