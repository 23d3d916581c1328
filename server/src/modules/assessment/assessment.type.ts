import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department, type DepartmentRow } from '../department';
import { AssessmentPartKind } from './assessment.enum';
import type { ReportingTally, ScoredPart } from './assessment.rules';
import type {
  AssessmentView,
  AssessmentViewerCanView,
  DepartmentAssessmentView,
  WeightsView,
} from './assessment.service';

registerEnumType(AssessmentPartKind, {
  name: 'AssessmentPartKind',
  description: 'The four parts of a department’s assessment score.',
  valuesConfig: {
    TIMELINESS: { description: '报送及时' },
    COMPLETION: { description: '任务完成' },
    INDICATORS: { description: '指标达成' },
    NOTICES: { description: '督办响应' },
  },
});

@ObjectType('AssessmentWeights', { description: '考核权重: points out of 100 for each part of the score.' })
export class AssessmentWeights implements Omit<WeightsView, 'planCode'> {
  @Field(() => Int, { description: '报送及时' })
  timeliness!: number;

  @Field(() => Int, { description: '任务完成' })
  completion!: number;

  @Field(() => Int, { description: '指标达成' })
  indicators!: number;

  @Field(() => Int, { description: '督办响应' })
  notices!: number;

  @Field(() => Int, { description: 'Moves on with every change; 0 while the defaults apply.' })
  version!: number;

  @Field(() => Boolean, { description: 'True while the office has set none: the defaults 30 / 30 / 20 / 20.' })
  isDefault!: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When they were last set.' })
  updatedAt!: Date | null;
}

@ObjectType('AssessmentPart', { description: 'One part of a department’s score, with its weight, points and reason.' })
export class AssessmentPart implements ScoredPart {
  @Field(() => AssessmentPartKind, { description: 'Which part.' })
  kind!: AssessmentPartKind;

  @Field(() => String, { description: '报送及时, 任务完成, 指标达成 or 督办响应.' })
  name!: string;

  @Field(() => Int, { description: 'The configured weight.' })
  weight!: number;

  @Field(() => Float, {
    description:
      'The weight it carries here: grown in proportion when other parts are not applicable; 0 when it is not.',
  })
  effectiveWeight!: number;

  @Field(() => Float, { nullable: true, description: 'How well, 0..1; null when not applicable.' })
  ratio!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ratio × effective weight, one decimal; null when not applicable.',
  })
  points!: number | null;

  @Field(() => Boolean, { description: 'False (不适用) when there was nothing to judge.' })
  applicable!: boolean;

  @Field(() => String, {
    description: 'Why the part is what it is, in one plain Chinese sentence, e.g. 按时报送 40 期中的 36 期.',
  })
  summary!: string;

  @Field(() => String, { description: 'How the ratio and points were reached, in Chinese.' })
  reason!: string;
}

@ObjectType('ReportingRecord', {
  description:
    'The reports a department owed on the measures it leads, as 报送及时 counts them (考核 and 终期评估 show the same).',
})
export class ReportingRecord implements ReportingTally {
  @Field(() => Int, { description: 'Leaf measures it leads (own or inherited from a project).' })
  measuresLed!: number;

  @Field(() => Int, {
    description:
      '应报: periods owed, one per period of each led measure whose deadline falls in the window, has passed and ' +
      'came after the plan was issued.',
  })
  owed!: number;

  @Field(() => Int, { description: '已报: owed periods reported at all (按时 + 逾期).' })
  reported!: number;

  @Field(() => Int, { description: '按时: owed periods reported by their deadline (by the 报送日期).' })
  onTime!: number;

  @Field(() => Int, { description: '逾期: owed periods reported after their deadline.' })
  late!: number;

  @Field(() => Int, { description: '未报: owed periods never reported.' })
  missing!: number;

  @Field(() => String, {
    description:
      'What the count is made of, e.g. 牵头 22 项措施 × 38 个月，2022-11 至 2025-12；方案 2022-11-18 印发，此前截止的各期不计.',
  })
  basis!: string;
}

@ObjectType('DepartmentAssessment', { description: 'One department’s score and rank for an assessment period.' })
export class DepartmentAssessment implements DepartmentAssessmentView {
  @Field(() => Department, { description: 'The department.' })
  department!: DepartmentRow;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank by score, highest first; equal scores share a rank; null without a score.',
  })
  rank!: number | null;

  @Field(() => Boolean, { description: 'Another department holds the same rank (并列).' })
  tied!: boolean;

  @Field(() => String, { description: 'The rank as it reads: 并列第 1, 第 3, or 不参加排名.' })
  rankText!: string;

  @Field(() => Float, { nullable: true, description: 'Out of 100, one decimal; null when no part applies.' })
  score!: number | null;

  @Field(() => String, {
    description: 'Why the score is what it is, in one plain Chinese sentence: where it lost most, and why.',
  })
  summary!: string;

  @Field(() => ReportingRecord, { description: 'The owed reports behind 报送及时, and what the count is made of.' })
  reporting!: ReportingTally;

  @Field(() => String, { description: 'The details: the score as the sum of the parts’ points, in Chinese.' })
  reason!: string;

  @Field(() => [AssessmentPart], { description: 'The four parts, in order.' })
  parts!: ScoredPart[];
}

@ObjectType('AssessmentViewerCan', { description: 'What the viewer may do with the ranking (the server’s policy).' })
export class AssessmentViewerCan implements AssessmentViewerCanView {
  @Field(() => Boolean, {
    description:
      '下载通报 (circular.docx): the circular carries every unit’s row, so only a viewer who sees them all (LEADER, ' +
      'ADMIN, VIEWER) may have it; a department’s clerk, who sees its own row, may not.',
  })
  downloadCircular!: boolean;
}

@ObjectType('Assessment', { description: '考核: the departments of a plan scored and ranked for a period.' })
export class Assessment implements Omit<AssessmentView, 'planCode'> {
  @Field(() => String, { nullable: true, description: 'As asked: 2024, 2024-Q3, 2024-H1; null for the whole term.' })
  period!: string | null;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period (today for the whole term).' })
  to!: string;

  @Field(() => LocalDateResolver, {
    description: 'The day measures and indicators are judged at: the period’s end, or today if earlier.',
  })
  asOf!: string;

  @Field(() => AssessmentWeights, { description: 'The weights applied.' })
  weights!: WeightsView;

  @Field(() => [DepartmentAssessment], {
    description: 'Ranked by score, highest first; a REPORTER sees only its own department’s row.',
  })
  rows!: DepartmentAssessmentView[];

  @Field(() => String, { description: 'The rule, in Chinese.' })
  rule!: string;

  @Field(() => AssessmentViewerCan, { description: 'What the viewer may do with the ranking.' })
  viewerCan!: AssessmentViewerCanView;
}
