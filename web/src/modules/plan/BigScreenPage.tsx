import { useCallback, useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveState } from '../../app/live-state';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { type FragmentType, graphql } from '../../gql';
import type { BigScreenQuery as BigScreenResult, EventType } from '../../gql/graphql';
import { formatDateLong, formatPercent } from '../../lib/format';
import { DesignCanvas } from '../../ui/DesignCanvas';
import { useFitFont } from '../../ui/useFitFont';
import { useHideCutItems } from '../../ui/useHideCutItems';
import { WARNING_META, warningColor } from '../../ui/warning';
import { ActivityFeed, type ActivityFeed_PlanEventPage, RECENT_EVENTS, useRefetchOnPlanEvents } from '../feed';
import { IndicatorChart } from '../indicator';
import { usePlanLiveFromNow } from './PlanLayout';
import { ProjectProgress } from './ProjectProgress';
import { StatusCounts } from './StatusCounts';
import { WarningCounts } from './WarningCounts';

const BigScreenQuery = graphql(`
  query BigScreen($plan: String!, $first: Int!) {
    plan(code: $plan) {
      id
      today
      phase
      title
      docNumber
      startsOn
      endsOn
      expectedProgress
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

/** The design canvas: everything is laid out at 1920×1080 and scaled uniformly to the screen (4K: twice). */
const CANVAS = { width: 1920, height: 1080 };

const PHASE_TEXT = { BEFORE: '方案尚未开始', RUNNING: '方案实施中', ENDED: '方案已结束' } as const;

const STRUCTURE_CHANGED: ReadonlySet<EventType> = new Set<EventType>(['PLAN_REVISED']);

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
  // A revision (方案调整) changes the tree and the targets: read the plan again at once.
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, STRUCTURE_CHANGED, refresh);
  // A wall screen runs for days: ask again now and then, so the date and time elapsed move on when nothing happens.
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  useEffect(() => {
    document.body.classList.add('big-screen-body');
    return () => document.body.classList.remove('big-screen-body');
  }, []);
  const plan = data?.plan;
  if (!data || !plan) {
    const text = !data ? (error ? `加载失败：${error.message}` : '正在加载…') : '未找到工作方案';
    return (
      <DesignCanvas {...CANVAS} className="big-screen loading">
        {text}
      </DesignCanvas>
    );
  }
  const numeric = plan.indicators.filter((i) => i.targetKind === 'NUMERIC').slice(0, 2);
  return (
    <DesignCanvas {...CANVAS} className="big-screen">
      <div className="bs-frame" data-live={live} data-phase={plan.phase}>
        <header className="bs-header">
          <div className="bs-title">
            <h1>{plan.title}</h1>
            <div className="bs-sub">
              {plan.docNumber} · {PHASE_TEXT[plan.phase]}
            </div>
          </div>
          <div className="bs-figures">
            <div className="bs-figure">
              <span className="bs-number">{formatPercent(plan.progress.percent)}</span>
              <span className="bs-label">总体完成</span>
            </div>
            <div className="bs-figure">
              <span className="bs-number">{Math.round(plan.expectedProgress)}%</span>
              <span className="bs-label">时间进度</span>
            </div>
          </div>
          <div className="bs-today">
            <div>{formatDateLong(plan.today)}</div>
            <div className={`bs-live bs-live-${live}`} aria-live="polite">
              {live === 'live' ? '● 实时' : live === 'connecting' ? '○ 连接中' : '连接中断，正在重连（显示最后数据）'}
            </div>
          </div>
        </header>
        <main className="bs-grid">
          <section className="bs-panel bs-goals">
            <h2>研判（共 {plan.overview.verdictCounts.total} 项）</h2>
            <WarningCounts counts={plan.overview.verdictCounts} big />
            <h2>部门自报</h2>
            <StatusCounts counts={plan.overview.statusCounts} big />
            <h2>工作目标</h2>
            <GoalList goals={plan.goals} />
          </section>
          <section className="bs-panel bs-charts">
            <div className="bs-indicators">
              {numeric.map((indicator) => (
                <div key={indicator.id} className="bs-chart">
                  <IndicatorChart indicator={indicator} phase={plan.phase} dark titled height={250} fontSize={16} />
                </div>
              ))}
            </div>
            <h2>各工程进度</h2>
            <div className="bs-projects">
              <ProjectProgress
                projects={plan.measures.filter((m) => m.kind !== 'MEASURE')}
                elapsed={plan.expectedProgress}
                dark
                height={430}
                fontSize={18}
                labelWidth={330}
              />
            </div>
          </section>
          <BigScreenFeed page={data.recentEvents} planCode={planCode} />
        </main>
      </div>
    </DesignCanvas>
  );
}

type Goal = NonNullable<BigScreenResult['plan']>['goals'][number];

/** The goals, every one whole: the type shrinks (to no less than 15 px) rather than cut the last goal off. */
function GoalList(props: { goals: readonly Goal[] }) {
  const list = useRef<HTMLUListElement>(null);
  useFitFont(list, 20, 15);
  return (
    <ul className="bs-goal-list" ref={list}>
      {props.goals.map((goal) => {
        const color = warningColor(goal.warning.level);
        return (
          <li key={goal.id} style={{ borderLeftColor: color }} data-goal={goal.code} data-warning={goal.warning.level}>
            <span className="bs-goal-pct">{formatPercent(goal.progress.percent)}</span>
            <div className="bs-goal-text">
              <div className="bs-goal-title">{goal.title}</div>
              <div className="bs-goal-reason" style={{ color }}>
                {WARNING_META[goal.warning.level].mark} {goal.warning.reason}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The live feed, showing only the entries that fit whole. */
function BigScreenFeed(props: { page: FragmentType<typeof ActivityFeed_PlanEventPage>; planCode: string }) {
  const panel = useRef<HTMLElement>(null);
  useHideCutItems(panel, '.feed-item');
  return (
    <section className="bs-panel bs-feed" ref={panel}>
      <h2>实时动态</h2>
      <ActivityFeed page={props.page} planCode={props.planCode} limit={12} />
    </section>
  );
}
