import { WARNING_META, WARNING_ORDER, warningColor } from '../../ui/warning';

type Counts = { red: number; yellow: number; blue: number; green: number; grey: number; total: number };

/** The server's verdict counts over the plan's measures (研判), the ones needing action first. */
export function WarningCounts(props: { counts: Counts; big?: boolean }) {
  const value = {
    RED: props.counts.red,
    YELLOW: props.counts.yellow,
    BLUE: props.counts.blue,
    GREEN: props.counts.green,
    GREY: props.counts.grey,
  };
  return (
    <ul className={`status-counts${props.big ? ' big' : ''}`} aria-label="研判统计">
      {WARNING_ORDER.map((level) => (
        <li key={level} style={{ color: warningColor(level) }} data-warning={level}>
          <span className="count">{value[level]}</span>
          <span className="what">
            {WARNING_META[level].mark} {WARNING_META[level].label}
          </span>
        </li>
      ))}
    </ul>
  );
}
