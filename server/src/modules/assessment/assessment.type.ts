import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department, type DepartmentRow } from '../department';
import { AssessmentPartKind } from './assessment.enum';
import type { ScoredPart } from './assessment.rules';
import type { AssessmentView, DepartmentAssessmentView, WeightsView } from './assessment.service';

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

  @Field(() => String, { description: 'How the ratio and points were reached, in Chinese.' })
  reason!: string;
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

  @Field(() => Float, { nullable: true, description: 'Out of 100, one decimal; null when no part applies.' })
  score!: number | null;

  @Field(() => String, { description: 'The score as the sum of the parts’ points, in Chinese.' })
  reason!: string;

  @Field(() => [AssessmentPart], { description: 'The four parts, in order.' })
  parts!: ScoredPart[];
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
}
