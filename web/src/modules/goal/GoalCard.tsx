import { Progress } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatAmount, formatPercent } from '../../lib/format';
import { WARNING_META, warningColor } from '../../ui/warning';
import { TargetRevisedNote } from '../indicator';

export const GoalCard_Goal = graphql(`
  fragment GoalCard_Goal on Goal {
    id
    code
    title
    progress { percent reported total rule }
    warning { level reason }
    indicators {
      id code name unit target targetKind targetText latest { id value asOf }
      targetHistory { target targetText until revisionNumber }
    }
  }
`);

/** One goal: status colour with its reason, progress, and its key indicators against target. */
export function GoalCard(props: { goal: FragmentType<typeof GoalCard_Goal>; planCode: string; big?: boolean }) {
  const goal = getFragmentData(GoalCard_Goal, props.goal);
  const color = warningColor(goal.warning.level);
  return (
    <article
      className="goal-card"
      style={{ borderTopColor: color }}
      data-goal={goal.code}
      data-warning={goal.warning.level}
    >
      <header>
        <Link to={`/plans/${props.planCode}/goals/${goal.code}`} className="goal-title">
          {goal.title}
        </Link>
        <span className="goal-status" style={{ color }}>
          {WARNING_META[goal.warning.level].mark} {goal.warning.reason}
        </span>
      </header>
      <div title={goal.progress.rule}>
        <Progress
          percent={goal.progress.percent}
          format={() => formatPercent(goal.progress.percent)}
          size={props.big ? 'default' : 'small'}
        />
      </div>
      <ul className="goal-indicators">
        {goal.indicators.map((i) => (
          <li key={i.id}>
            <span className="muted">{i.name}</span>
            {i.targetKind === 'NUMERIC' ? (
              <span className="figure">
                <b>{i.latest ? formatAmount(i.latest.value) : '—'}</b>
                <span className="muted">
                  {' '}
                  / 目标 {i.target != null ? formatAmount(i.target) : '—'} {i.unit ?? ''}
                  {i.latest ? `（截至 ${i.latest.asOf}）` : '（未填报）'}
                </span>
                <TargetRevisedNote history={i.targetHistory} unit={i.unit} />
              </span>
            ) : (
              <span className="muted">
                {i.latest ? `最新 ${formatAmount(i.latest.value)}（${i.latest.asOf}）` : '定性目标'}
              </span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
