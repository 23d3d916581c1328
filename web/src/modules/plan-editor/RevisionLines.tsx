import type { PlanChangeLine } from '../../gql/graphql';

/** A revision's readable differences: one line per change, with each changed field's before and after. */
export function ChangeLines(props: { lines: readonly Omit<PlanChangeLine, '__typename'>[] }) {
  return (
    <ol className="revision-lines">
      {props.lines.map((line, n) => (
        <li key={`${line.kind}:${line.itemCode}:${n}`} data-kind={line.kind} data-item={line.itemCode}>
          {line.summary}
          {line.fields.length > 0 && (
            <div className="revision-line-fields">
              {line.fields.map((f) => (
                <div key={f.label}>
                  {f.label}：{f.before ?? '（无）'} → {f.after ?? '（无）'}
                </div>
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
