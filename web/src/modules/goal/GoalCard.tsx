import { Progress } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatAmount, formatPercent } from '../../lib/format';
import { TONE_COLOR, type Tone } from '../../ui/status';

export const GoalCard_Goal = graphql(`
  fragment GoalCard_Goal on Goal {
    id
    code
    title
    progress { percent reported total rule }
    measures(kind: MEASURE) { id latestReport { id status } }
    indicators { id code name unit target targetKind targetText latest { id value asOf } }
  }
`);

/** A goal's status from its measures' latest reports, with the reason in words. */
export function goalStatus(measures: readonly { latestReport?: { status: string } | null }[]): {
  tone: Tone;
  text: string;
} {
  const count = (status: string) => measures.filter((m) => m.latestReport?.status === status).length;
  const delayed = count('DELAYED');
  const atRisk = count('AT_RISK');
  const reported = measures.filter((m) => m.latestReport).length;
  if (delayed > 0) return { tone: 'red', text: `■ ${delayed} 项措施滞后` };
  if (atRisk > 0) return { tone: 'yellow', text: `▲ ${atRisk} 项措施存在风险` };
  if (reported === 0) return { tone: 'grey', text: '○ 尚无措施填报' };
  return { tone: 'green', text: `● ${reported}/${measures.length} 项措施已报，均正常` };
}

/** One goal: status colour with its reason, progress, and its key indicators against target. */
export function GoalCard(props: { goal: FragmentType<typeof GoalCard_Goal>; planCode: string; big?: boolean }) {
  const goal = getFragmentData(GoalCard_Goal, props.goal);
  const status = goalStatus(goal.measures);
  return (
    <article className="goal-card" style={{ borderTopColor: TONE_COLOR[status.tone] }} data-goal={goal.code}>
      <header>
        <Link to={`/plans/${props.planCode}/goals/${goal.code}`} className="goal-title">
          {goal.title}
        </Link>
        <span className="goal-status" style={{ color: TONE_COLOR[status.tone] }}>
          {status.text}
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
