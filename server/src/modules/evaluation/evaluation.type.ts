import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReportingRecord, type ReportingTally } from '../assessment';
import { Department, type DepartmentRow } from '../department';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { Plan, type PlanRow } from '../plan';
import { UrgeNotice, type UrgeNoticeRow } from '../urge';
import { IndicatorVerdict, MeasureVerdict, OpenItemKind } from './evaluation.enum';
import type {
  DepartmentRecordShape,
  EvaluationSummaryShape,
  IndicatorEvaluationShape,
  MeasureEvaluationShape,
  OpenItemShape,
  PlanEvaluationShape,
} from './evaluation.service';

registerEnumType(IndicatorVerdict, {
  name: 'IndicatorVerdict',
  description: '指标结论 at the end of the term (or today, before it ends).',
  valuesConfig: {
    MET: { description: '达成：终值达到目标值' },
    NOT_MET: { description: '未达成：终值未达到目标值' },
    QUALITATIVE: { description: '定性：目标以文字表述，由评估组评定' },
    NO_DATA: { description: '无数据：没有实际值' },
  },
});

registerEnumType(MeasureVerdict, {
  name: 'MeasureVerdict',
  description: '措施结论 by the progress roll-up.',
  valuesConfig: {
    COMPLETED: { description: '已完成：完成 100%' },
    NOT_COMPLETED: { description: '未完成：完成不足 100%' },
    NOT_REPORTED: { description: '未填报：从未报送进度' },
  },
});

registerEnumType(OpenItemKind, {
  name: 'OpenItemKind',
  description: '遗留事项: what the evaluation leaves open.',
  valuesConfig: {
    INDICATOR_NOT_MET: { description: '指标未达成' },
    INDICATOR_NO_DATA: { description: '指标无实际值' },
    MEASURE_NOT_COMPLETED: { description: '措施未完成（含未填报）' },
    PROBLEM_UNRESOLVED: { description: '未完成措施的最新报告仍有存在问题' },
    NOTICE_OPEN: { description: '督办单未办结' },
  },
});

@ObjectType('IndicatorEvaluation', { description: '一项指标的终期评估: final value against target, with the reason.' })
export class IndicatorEvaluation implements Omit<IndicatorEvaluationShape, 'indicator'> {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator!: IndicatorRow;

  @Field(() => Float, { nullable: true, description: '目标值 (null for a qualitative target).' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: '基期值, when the document gives one.' })
  baseline!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '终值: the newest value dated on or before the plan’s end date; when there is none, the earliest dated after it.',
  })
  finalValue!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date of the final value.' })
  finalAsOf!: string | null;

  @Field(() => IndicatorVerdict, { description: '结论.' })
  verdict!: IndicatorVerdict;

  @Field(() => Float, {
    nullable: true,
    description: '达成率 (%): final value ÷ target, or target ÷ final value when lower is better; one decimal.',
  })
  achievementPercent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (%) of the baseline→target distance covered; null without a baseline.',
  })
  progressPercent!: number | null;

  @Field(() => String, { description: 'Why, in Chinese, e.g. 目标 7.6 件，终值 8.1 件（2025-12-31），达成 106.6%.' })
  reason!: string;
}

@ObjectType('MeasureEvaluation', { description: '一项措施的终期评估: its completion by the progress roll-up.' })
export class MeasureEvaluation implements Omit<MeasureEvaluationShape, 'measure' | 'leadDepartments'> {
  @Field(() => Measure, { description: 'The measure (one that carries the work: a leaf of the tree).' })
  measure!: MeasureRow;

  @Field(() => Float, { description: 'Percent complete by the progress roll-up (Measure.progress).' })
  percentComplete!: number;

  @Field(() => MeasureVerdict, { description: '结论.' })
  verdict!: MeasureVerdict;

  @Field(() => [Department], { description: '牵头部门 (its own or inherited from its project).' })
  leadDepartments!: DepartmentRow[];

  @Field(() => String, { description: 'Why, in Chinese, e.g. 完成 60%，未完成（按牵头部门最新报告 …）.' })
  reason!: string;
}

@ObjectType('DepartmentRecord', { description: '部门履职情况 over the plan’s term.' })
export class DepartmentRecord implements Omit<DepartmentRecordShape, 'department'> {
  @Field(() => Department, { description: 'The department.' })
  department!: DepartmentRow;

  @Field(() => Int, { description: 'Measures (leaves) it leads, its own or inherited from a project.' })
  measuresLed!: number;

  @Field(() => Int, { description: 'Of those, how many are completed.' })
  measuresCompleted!: number;

  @Field(() => Int, {
    description:
      'Standing reports filed in the plan, as rows (a group’s include its member units’; reports on measures it ' +
      'takes part in count; one period may have several): 提交报告 N 份, not periods.',
  })
  reportsFiled!: number;

  @Field(() => Int, {
    description: 'Owed periods on the measures it leads never reported (未报), counted as 考核 counts them.',
  })
  periodsMissed!: number;

  @Field(() => ReportingRecord, {
    description: 'The periods owed on the measures it leads over the term, as 考核’s 报送及时 counts them.',
  })
  reporting!: ReportingTally;

  @Field(() => Int, { description: 'Urging notices received in the plan.' })
  noticesReceived!: number;

  @Field(() => Int, { description: 'Of those, not closed.' })
  noticesOpen!: number;

  @Field(() => Int, { description: 'Of those, past their reply date unanswered.' })
  noticesOverdue!: number;

  @Field(() => Int, { description: 'Indicators it is responsible for.' })
  indicatorsOwned!: number;

  @Field(() => Int, { description: 'Of those, met.' })
  indicatorsMet!: number;

  @Field(() => Int, { description: 'Of those, not met.' })
  indicatorsNotMet!: number;

  @Field(() => String, { description: 'The record in words, in Chinese.' })
  reason!: string;
}

@ObjectType('OpenItem', { description: '遗留事项: something the evaluation leaves open, with why.' })
export class OpenItem implements Omit<OpenItemShape, 'measure' | 'department' | 'indicator' | 'urgeNotice'> {
  @Field(() => OpenItemKind, { description: 'What kind of item.' })
  kind!: OpenItemKind;

  @Field(() => String, { description: 'A one-line title, in Chinese.' })
  title!: string;

  @Field(() => Measure, { nullable: true, description: 'The measure it concerns, if any.' })
  measure!: MeasureRow | null;

  @Field(() => Department, { nullable: true, description: 'The department answerable for it, if any.' })
  department!: DepartmentRow | null;

  @Field(() => Indicator, { nullable: true, description: 'The indicator it concerns, if any.' })
  indicator!: IndicatorRow | null;

  @Field(() => UrgeNotice, { nullable: true, description: 'The open urging notice, for NOTICE_OPEN.' })
  urgeNotice!: UrgeNoticeRow | null;

  @Field(() => String, { description: 'Why it is open, in Chinese.' })
  reason!: string;
}

@ObjectType('EvaluationSummary', { description: 'The evaluation’s headline counts.' })
export class EvaluationSummary implements EvaluationSummaryShape {
  @Field(() => Int, { description: '指标达成.' })
  indicatorsMet!: number;

  @Field(() => Int, { description: '指标未达成.' })
  indicatorsNotMet!: number;

  @Field(() => Int, { description: '定性指标.' })
  indicatorsQualitative!: number;

  @Field(() => Int, { description: '无数据的数值指标.' })
  indicatorsNoData!: number;

  @Field(() => Int, { description: 'All indicators.' })
  indicatorsTotal!: number;

  @Field(() => Int, { description: '措施已完成.' })
  measuresCompleted!: number;

  @Field(() => Int, { description: '措施未完成 (reported, below 100 %).' })
  measuresNotCompleted!: number;

  @Field(() => Int, { description: '措施从未填报.' })
  measuresNotReported!: number;

  @Field(() => Int, { description: 'All measures that carry the work (leaves).' })
  measuresTotal!: number;

  @Field(() => Int, { description: '遗留事项.' })
  openItems!: number;

  @Field(() => String, { description: 'What kind of evaluation this is and the period it covers, in Chinese.' })
  reason!: string;
}

@ObjectType('PlanEvaluation', {
  description: '终期评估 of a plan; before its end date, the same computation as of today (中期评估, final false).',
})
export class PlanEvaluation implements Omit<PlanEvaluationShape, 'plan' | 'indicators' | 'measures' | 'departments'> {
  @Field(() => Plan, { description: 'The plan.' })
  plan!: PlanRow;

  @Field(() => LocalDateResolver, { description: 'The plan’s end date: values dated on or before it are final.' })
  endsOn!: string;

  @Field(() => LocalDateResolver, { description: 'The day (Beijing time, by the clock) it was computed.' })
  evaluatedOn!: string;

  @Field(() => Boolean, { description: 'The term has ended (evaluatedOn after endsOn): this is the final evaluation.' })
  final!: boolean;

  @Field(() => String, { description: 'The rules, in words.' })
  rule!: string;

  @Field(() => EvaluationSummary, { description: 'Headline counts.' })
  summary!: EvaluationSummaryShape;

  @Field(() => [IndicatorEvaluation], { description: 'Every indicator, in the plan’s order.' })
  indicators!: IndicatorEvaluationShape[];

  @Field(() => [MeasureEvaluation], { description: 'Every measure that carries the work, in the plan’s order.' })
  measures!: MeasureEvaluationShape[];

  @Field(() => [DepartmentRecord], { description: 'Every department with a part in the plan.' })
  departments!: DepartmentRecordShape[];

  @Field(() => [OpenItem], {
    description: 'What remains open: indicators not met or without data, measures not completed, problems, notices.',
  })
  openItems!: OpenItemShape[];
}
