import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveState } from '../../app/live-state';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import { formatDateLong, formatPercent } from '../../lib/format';
import { planClock } from '../../lib/period';
import { WARNING_META, warningColor } from '../../ui/warning';
import { ActivityFeed } from '../feed/ActivityFeed';
import { IndicatorChart } from '../indicator/IndicatorChart';
import { RECENT_EVENTS, usePlanLiveFromNow } from './PlanLayout';
import { ProjectProgress } from './ProjectProgress';
import { StatusCounts } from './StatusCounts';
import { WarningCounts } from './WarningCounts';

const BigScreenQuery = graphql(`
  query BigScreen($plan: String!, $first: Int!) {
    plan(code: $plan) {
      id
      today
      title
      docNumber
      startsOn
      endsOn
      progress { percent reported total rule }
      overview {
        verdictCounts { red yellow blue green grey total }
        statusCounts { notStarted onTrack atRisk delayed completed unreported total }
      }
      goals {
        id
        code
        title
        progress { percent reported total rule }
        warning { level reason }
      }
      measures { id kind latestReport { id status } ...ProjectProgress_Measure }
      indicators { id targetKind ...IndicatorChart_Indicator }
    }
    recentEvents(planCode: $plan, first: $first) { ...ActivityFeed_PlanEventPage }
  }
`);

/** How often the big screen re-reads the plan with nothing happening (the server's date may have moved on). */
const REFRESH_MS = 10 * 60_000;

/** 大屏: the whole plan at a glance for a wall display, dark, large, no interaction, live. */
export function BigScreenPage() {
  const { planCode = '' } = useParams();
  const live = useLiveState();
  usePlanLiveFromNow(planCode);
  const [{ data, error }, reexecute] = useQuery({
    query: BigScreenQuery,
    variables: { plan: planCode, first: RECENT_EVENTS },
  });
  useRetryOnReconnect(error, reexecute);
  // A wall screen runs for days: ask again now and then, so the date and time elapsed move on when nothing happens.
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  useEffect(() => {
    document.body.classList.add('big-screen-body');
    return () => document.body.classList.remove('big-screen-body');
  }, []);
  if (!data) return <div className="big-screen loading">{error ? `加载失败：${error.message}` : '正在加载…'}</div>;
  const plan = data.plan;
  if (!plan) return <div className="big-screen loading">未找到工作方案</div>;
  const today = plan.today;
  const clock = planClock(plan, today);
  const numeric = plan.indicators.filter((i) => i.targetKind === 'NUMERIC').slice(0, 2);
  return (
    <div className="big-screen" data-live={live}>
      <header className="bs-header">
        <div>
          <h1>{plan.title}</h1>
          <div className="bs-sub">{plan.docNumber}</div>
        </div>
        <div className="bs-figures">
          <div className="bs-figure">
            <span className="bs-number">{formatPercent(plan.progress.percent)}</span>
            <span className="bs-label">总体完成</span>
          </div>
          <div className="bs-figure">
            <span className="bs-number">{Math.round(clock.elapsed)}%</span>
            <span className="bs-label">时间进度</span>
          </div>
        </div>
        <div className="bs-today">
          <div>{formatDateLong(today)}</div>
          <div className={`bs-live bs-live-${live}`} aria-live="polite">
            {live === 'live' ? '● 实时' : live === 'connecting' ? '○ 连接中' : '连接中断，正在重连（显示最后数据）'}
          </div>
        </div>
      </header>
      <main className="bs-grid">
        <section className="bs-panel bs-goals">
          <h2>研判（共 {plan.overview.verdictCounts.total} 项措施）</h2>
          <WarningCounts counts={plan.overview.verdictCounts} big />
          <h2>部门自报</h2>
          <StatusCounts counts={plan.overview.statusCounts} big />
          <h2>工作目标</h2>
          <ul className="bs-goal-list">
            {plan.goals.map((goal) => {
              const color = warningColor(goal.warning.level);
              return (
                <li key={goal.id} style={{ borderLeftColor: color }} data-warning={goal.warning.level}>
                  <div className="bs-goal-title">{goal.title}</div>
                  <div className="bs-goal-line">
                    <span className="bs-goal-pct">{formatPercent(goal.progress.percent)}</span>
                    <span style={{ color }}>
                      {WARNING_META[goal.warning.level].mark} {goal.warning.reason}
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
        <section className="bs-panel bs-charts">
          {numeric.map((indicator) => (
            <div key={indicator.id} className="bs-chart">
              <IndicatorChart indicator={indicator} dark height={260} />
            </div>
          ))}
          <h2>各工程进度</h2>
          <ProjectProgress
            projects={plan.measures.filter((m) => m.kind !== 'MEASURE')}
            elapsed={clock.elapsed}
            dark
            height={300}
          />
        </section>
        <section className="bs-panel bs-feed">
          <h2>实时动态</h2>
          <ActivityFeed page={data.recentEvents} planCode={planCode} limit={12} />
        </section>
      </main>
    </div>
  );
}
