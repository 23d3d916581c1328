import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IndicatorAssessmentResult } from './indicator-assessment.rules';
import { ReportingCycle, WarningLevel } from './supervision.enum';
import type { OverduePeriod as OverduePeriodShape, WarningCounts as WarningCountsShape } from './supervision.rules';
import type { ReportingCycleSetting, Warning as WarningShape } from './supervision.service';

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

  @Field(() => String, { nullable: true, description: 'The period today falls in (the last one after the plan ends).' })
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
