import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReportingCycle } from '../period';
import { PlanPhase } from '../plan';
import type { IndicatorAssessmentResult } from './indicator-assessment.rules';
import { VerdictCause, WarningLevel } from './supervision.enum';
import type {
  OverduePeriod as OverduePeriodShape,
  Verdict as VerdictShape,
  WarningCounts as WarningCountsShape,
} from './supervision.rules';
import type {
  PlanOverview as PlanOverviewShape,
  ReportingCycleSetting,
  StatusCounts as StatusCountsShape,
  Warning as WarningShape,
} from './supervision.service';

registerEnumType(ReportingCycle, {
  name: 'ReportingCycle',
  description: '报送周期: how often a measure is reported on.',
  valuesConfig: {
    MONTHLY: { description: '按月 (periods YYYY-MM)' },
    QUARTERLY: { description: '按季度 (periods YYYY-Qn)' },
    HALF_YEARLY: { description: '按半年 (periods YYYY-Hn)' },
  },
});

registerEnumType(WarningLevel, {
  name: 'WarningLevel',
  description: '三色预警, with green for on track and grey for not applicable.',
  valuesConfig: {
    GREY: { description: '灰：不适用（方案未开始、定性指标、尚无数据）' },
    GREEN: { description: '绿：正常' },
    BLUE: { description: '蓝：临近期限，尚未报送' },
    YELLOW: { description: '黄：进度滞后或存在风险' },
    RED: { description: '红：逾期未报或自报滞后；指标严重落后或未达成' },
  },
});

registerEnumType(VerdictCause, {
  name: 'VerdictCause',
  description: 'What decided a measure’s verdict: the department’s own status or one of the system’s checks.',
  valuesConfig: {
    NOT_STARTED: { description: '方案尚未开始' },
    OVERDUE: { description: '逾期未报（系统研判）' },
    DELAYED: { description: '自报滞后（部门自报）' },
    AT_RISK: { description: '自报存在风险（部门自报）' },
    BEHIND_PACE: { description: '落后序时进度（系统研判）' },
    DUE_SOON: { description: '临近截止尚未报送（系统研判）' },
    ON_TRACK: { description: '按期报送，进度正常' },
    COMPLETED: { description: '已完成（部门自报）' },
    INDICATOR: { description: '指标落后路径或未达成（系统研判）' },
  },
});

@ObjectType('WarningCounts', { description: 'How many parts are at each level.' })
export class WarningCounts implements WarningCountsShape {
  @Field(() => Int, { description: '红' })
  red!: number;

  @Field(() => Int, { description: '黄' })
  yellow!: number;

  @Field(() => Int, { description: '蓝' })
  blue!: number;

  @Field(() => Int, { description: '绿' })
  green!: number;

  @Field(() => Int, { description: '灰' })
  grey!: number;

  @Field(() => Int, { description: 'All parts.' })
  total!: number;
}

@ObjectType('Warning', { description: '三色预警: a level with the reason it has and the rule that gave it.' })
export class Warning implements Omit<WarningShape, 'counts'> {
  @Field(() => WarningLevel, { description: 'The level.' })
  level!: WarningLevel;

  @Field(() => String, { description: 'Why, in Chinese, e.g. 2025-11 报告逾期 3 个工作日（截止 2025-12-05）.' })
  reason!: string;

  @Field(() => [String], { description: 'Every reason that applies, worst first.' })
  reasons!: string[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'The deadline the warning is about, if any.' })
  dueOn!: string | null;

  @Field(() => String, { description: 'The rule that produced it, in words.' })
  rule!: string;

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time) it was computed for.' })
  asOf!: string;

  @Field(() => VerdictCause, { nullable: true, description: 'What decided a measure’s level; null for a roll-up.' })
  cause!: VerdictCause | null;

  @Field(() => [String], {
    description: 'For a roll-up: every measure (or indicator) needing attention, worst first, as `P2.2：reason`.',
  })
  details!: string[];

  @Field(() => WarningCounts, {
    nullable: true,
    description: 'For a roll-up: how many of its parts are at each level.',
  })
  counts!: WarningCountsShape | null;
}

@ObjectType('OverduePeriod', { description: '逾期: a period reported on neither by its deadline nor since.' })
export class OverduePeriod implements OverduePeriodShape {
  @Field(() => String, { description: 'The period, e.g. 2025-11.' })
  period!: string;

  @Field(() => LocalDateResolver, { description: 'Its deadline.' })
  dueOn!: string;

  @Field(() => Int, { description: 'Working days past the deadline, up to and including today.' })
  workingDaysLate!: number;
}

@ObjectType('ReportingStatus', { description: '报送情况: the cadence, the current period and what is due or overdue.' })
export class ReportingStatus {
  @Field(() => ReportingCycle, { description: 'The cadence that applies.' })
  cycle!: ReportingCycle;

  @Field(() => Int, { description: 'Reports are due on this working day of the month after the period.' })
  dueWorkingDay!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The period today falls in while the plan runs; null before it starts and after it ends.',
  })
  currentPeriod!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The current period’s deadline.' })
  currentDueOn!: string | null;

  @Field(() => Boolean, { description: 'Whether the current period has been reported on.' })
  currentReported!: boolean;

  @Field(() => String, { nullable: true, description: 'The first unreported period whose deadline is today or later.' })
  nextDuePeriod!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Its deadline.' })
  nextDueOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days left until that deadline (0 on the day).' })
  nextDueWorkingDaysLeft!: number | null;

  @Field(() => [OverduePeriod], { description: 'Periods past their deadline and not reported on since.' })
  overdue!: OverduePeriodShape[];

  @Field(() => [String], {
    description:
      'The periods a report is asked for now, most pressing first: the newest overdue period (a report for it ' +
      'answers the gaps before it), else the next one due; then 本期 (the period today falls in, the last after the ' +
      'plan ends, the first before it starts) and the one before it.',
  })
  filingPeriods!: string[];
}

@ObjectType('IndicatorAssessment', {
  description: '指标评估: the path from baseline to target, the latest value, the trend, and a level with its reason.',
})
export class IndicatorAssessment implements IndicatorAssessmentResult {
  @Field(() => WarningLevel, {
    description: 'GREEN, YELLOW or RED by the documented thresholds; GREY when not applicable.',
  })
  level!: WarningLevel;

  @Field(() => String, { description: 'Why, e.g. 应达 7.6，实际 6.9（2024-12-31），落后路径 11.2%.' })
  reason!: string;

  @Field(() => Float, { nullable: true, description: 'The value the path expects today.' })
  expected!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value the path expected on the latest value’s date.' })
  expectedAtLatest!: number | null;

  @Field(() => Float, { nullable: true, description: 'The latest recorded value.' })
  actual!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the latest value holds for.' })
  actualAsOf!: string | null;

  @Field(() => Float, { nullable: true, description: 'The value the trend reaches at the target date.' })
  projected!: number | null;

  @Field(() => Float, { nullable: true, description: 'The target value.' })
  target!: number | null;

  @Field(() => LocalDateResolver, { description: 'When the target is to be reached.' })
  targetDate!: string;

  @Field(() => String, { description: 'The rule, in words.' })
  rule!: string;

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time) it was computed for.' })
  asOf!: string;
}

@ObjectType('ReportingCycleSetting', { description: 'A cadence the plan office has set.' })
export class ReportingCycleSettingType implements ReportingCycleSetting {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { nullable: true, description: 'The measure or project; null for the plan’s default.' })
  measureCode!: string | null;

  @Field(() => ReportingCycle, { description: 'The cadence.' })
  cycle!: ReportingCycle;

  @Field(() => Int, { description: 'The plan’s due working day.' })
  dueWorkingDay!: number;
}

@ObjectType('WarningChange', { description: 'A measure’s warning level changed (a WARNING_CHANGED event).' })
export class WarningChange {
  @Field(() => WarningLevel, { description: 'The new level.' })
  level!: WarningLevel;

  @Field(() => String, { description: 'Why, as the rules said then.' })
  reason!: string;

  @Field(() => WarningLevel, { nullable: true, description: 'The level before.' })
  previousLevel!: WarningLevel | null;

  @Field(() => String, { nullable: true, description: 'The reason before.' })
  previousReason!: string | null;

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time) the new level holds for.' })
  asOf!: string;
}

@ObjectType('Verdict', {
  description:
    '研判: the one verdict a leader sees first. The department’s own status and the system’s checks combined ' +
    '(docs/SUPERVISION.md, “One supervision model”): a level, a word for it, whose word decided it, a sentence why, ' +
    'and the details on demand.',
})
export class Verdict implements VerdictShape {
  @Field(() => WarningLevel, { description: 'The level (the 三色预警 level).' })
  level!: WarningLevel;

  @Field(() => String, { description: 'A word or two: 逾期未报, 自报滞后, 正常推进; for a roll-up 需督办, 需关注 ….' })
  label!: string;

  @Field(() => String, {
    description: 'Whose word decided it: 部门自报 or 系统研判 (a roll-up: 取所含各项中最严重者).',
  })
  basis!: string;

  @Field(() => String, { description: 'Why, in one sentence: the fact that matters first.' })
  reason!: string;

  @Field(() => [String], {
    description: 'The details: other reasons, or for a roll-up each measure needing attention.',
  })
  details!: string[];

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time) it was computed for.' })
  asOf!: string;
}

@ObjectType('StatusCounts', {
  description: '部门自报: how many measures their departments last reported at each status (the lead’s latest report).',
})
export class StatusCounts implements StatusCountsShape {
  @Field(() => Int, { description: '未开始' })
  notStarted!: number;

  @Field(() => Int, { description: '正常推进' })
  onTrack!: number;

  @Field(() => Int, { description: '存在风险' })
  atRisk!: number;

  @Field(() => Int, { description: '滞后' })
  delayed!: number;

  @Field(() => Int, { description: '已完成' })
  completed!: number;

  @Field(() => Int, { description: '从未报送' })
  unreported!: number;

  @Field(() => Int, { description: 'All measures counted (the same scope as the verdict counts).' })
  total!: number;
}

@ObjectType('PlanOverview', {
  description:
    'What every screen counts for a plan, over one stated scope (the measures that carry the work), with the ' +
    'phase and the current period.',
})
export class PlanOverview implements PlanOverviewShape {
  @Field(() => String, { description: 'What is counted, in words, e.g. 24 项措施（其中保障措施 3 项；…）.' })
  scope!: string;

  @Field(() => PlanPhase, { description: 'BEFORE, RUNNING or ENDED.' })
  phase!: PlanPhase;

  @Field(() => String, { description: 'The phase in words, e.g. 方案已于 2025-12-31 结束.' })
  phaseLabel!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The plan’s current period; null before the start and after the end.',
  })
  currentPeriod!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Its deadline.' })
  currentDueOn!: string | null;

  @Field(() => String, {
    description: 'The period in words: 本期 2025-11（2025-12-05 截止）, or 无当期，逾期未报的各期仍须补报.',
  })
  periodLabel!: string;

  @Field(() => Float, { description: '序时进度, 0–100.' })
  expectedProgress!: number;

  @Field(() => WarningCounts, { description: '研判: the measures by their verdict (system and department combined).' })
  verdictCounts!: WarningCountsShape;

  @Field(() => StatusCounts, { description: '部门自报: the same measures by what their departments last reported.' })
  statusCounts!: StatusCountsShape;

  @Field(() => Int, { description: 'Measures with at least one period past its deadline and unreported.' })
  overdue!: number;

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time) it was computed for.' })
  asOf!: string;
}

@ObjectType('DepartmentStanding', {
  description:
    'A department’s record in a plan this period, over the measures that carry the work (projects stand for theirs; ' +
    'withdrawn ones count nowhere): what it leads and takes part in, what it owes and has reported, what is overdue, ' +
    'and what its latest reports call at risk or delayed. Counted on the server so that a screen of every department ' +
    'need not fetch every assignment.',
})
export class DepartmentStanding {
  @Field(() => Int, { description: 'Measures it leads (牵头).' })
  leads!: number;

  @Field(() => Int, { description: 'Measures it takes part in (参与/配合).' })
  participates!: number;

  @Field(() => Int, { description: 'Measures it holds, each once.' })
  measures!: number;

  @Field(() => Int, { description: 'Measures it leads that owe reports of its own.' })
  owing!: number;

  @Field(() => Int, { description: 'Of those, reported for the current period.' })
  reportedThisPeriod!: number;

  @Field(() => Int, { description: 'Of those, with a period past its deadline still unreported.' })
  overdue!: number;

  @Field(() => Int, { description: 'Measures whose latest report by this department says at risk.' })
  atRisk!: number;

  @Field(() => Int, { description: 'Measures whose latest report by this department says delayed.' })
  delayed!: number;
}
