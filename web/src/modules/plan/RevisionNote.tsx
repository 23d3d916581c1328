import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateLong } from '../../lib/format';

export const RevisionNote_Plan = graphql(`
  fragment RevisionNote_Plan on Plan {
    code
    revisions { id number reason docNumber effectiveOn changes { kind itemCode summary } }
  }
`);

const SHOWN = 5;

/**
 * 方案调整 on the cockpit: a plan that has been revised says so, with its latest revision's changes in words, so
 * a leader reads today's figures against the plan as it now stands; 版本历史 for the rest.
 */
export function RevisionNote(props: { plan: FragmentType<typeof RevisionNote_Plan> }) {
  const plan = getFragmentData(RevisionNote_Plan, props.plan);
  const latest = plan.revisions[0];
  if (!latest) return null;
  const more = latest.changes.length - SHOWN;
  return (
    <section className="revision-note" aria-label="方案调整" data-revision={latest.number}>
      <div>
        <strong>方案已调整 {plan.revisions.length} 次</strong>
        <span className="muted">
          {' '}
          · 最近一次：第 {latest.number} 次，{formatDateLong(latest.effectiveOn)} 起施行
          {latest.docNumber && `（${latest.docNumber}）`} · 理由：{latest.reason}
        </span>
        <Link to={`/plans/${plan.code}/history`} className="revision-note-link">
          版本历史
        </Link>
      </div>
      <ul>
        {latest.changes.slice(0, SHOWN).map((c, n) => (
          <li key={`${c.kind}:${c.itemCode}:${n}`} data-item={c.itemCode}>
            {c.summary}
          </li>
        ))}
        {more > 0 && <li className="muted">另有 {more} 项改动，见版本历史</li>}
      </ul>
    </section>
  );
}
