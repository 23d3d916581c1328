import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PlanLifecycle, PlanPhase } from './plan.enum';
import type { PlanRow } from './plan.table';

registerEnumType(PlanPhase, {
  name: 'PlanPhase',
  description: '方案阶段: where today falls against the plan’s period.',
  valuesConfig: {
    BEFORE: { description: '尚未开始：今天在实施期第一天之前' },
    RUNNING: { description: '实施中：今天在实施期内（含首末两天）' },
    ENDED: { description: '已结束：今天在实施期最后一天之后，不再有当期，不再预测' },
  },
});

registerEnumType(PlanLifecycle, {
  name: 'PlanLifecycle',
  description: '方案状态: what the office has done with the plan, and whether it is past its end date.',
  valuesConfig: {
    DRAFT: { description: '草稿：编制中，各部门不可见，可自由修改' },
    ACTIVE: { description: '实施中：已发布，各部门据此报送' },
    ENDED: { description: '已结束：已过实施期，处于终期评估，尚未归档' },
    ARCHIVED: { description: '已归档：评估完成后封存，只读' },
  },
});

@ObjectType('Plan', { description: '工作方案: an implementation plan issued as an official document.' })
export class Plan
  implements
    Pick<PlanRow, 'id' | 'code' | 'title' | 'issuer' | 'docNumber' | 'issuedOn' | 'startsOn' | 'endsOn' | 'summary'>
{
  @Field(() => ID, { description: 'Opaque identity, unique across plans (for client caches).' })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. boshan-ip-2022-2025.' })
  code!: string;

  @Field(() => String, { description: 'Title as the document gives it.' })
  title!: string;

  @Field(() => String, { description: '发文机关: the issuing authority.' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: '发文字号, e.g. 博政发〔2022〕8号.' })
  docNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '印发日期: the date the document was issued.' })
  issuedOn!: string | null;

  @Field(() => LocalDateResolver, { description: 'First day of the plan period.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the plan period.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'The preamble: why and on what basis the plan was made.' })
  summary!: string | null;
}

@ObjectType('PlanViewerCan', {
  description: 'What the signed-in viewer may do on the plan, by the server’s policy (the screen asks, never guesses).',
})
export class PlanViewerCan {
  @Field(() => Boolean, { description: '督办: issue an urging notice (issueUrgeNotice).' })
  issueUrgeNotice!: boolean;

  @Field(() => Boolean, { description: '批示: issue an instruction on a measure or a report (issueInstruction).' })
  issueInstruction!: boolean;

  @Field(() => Boolean, { description: 'Set the assessment weights (setAssessmentWeights).' })
  setAssessmentWeights!: boolean;

  @Field(() => Boolean, { description: 'Set a measure’s reporting cycle (setReportingCycle).' })
  setReportingCycle!: boolean;

  @Field(() => Boolean, { description: '办公室补录: enter a past report for any department (backfillProgressReport).' })
  backfillProgressReport!: boolean;

  @Field(() => Boolean, { description: 'Review reports: accept or return them (acceptProgressReport, …).' })
  reviewProgressReports!: boolean;

  @Field(() => Boolean, { description: 'Close or return replied notices and decide extension requests.' })
  superviseNotices!: boolean;

  @Field(() => Boolean, {
    description: '编辑方案: the plan office (the department hosting its leading group’s office) or an ADMIN.',
  })
  edit!: boolean;

  @Field(() => Boolean, {
    description:
      '方案调整 (publishRevision): the plan office or an ADMIN, on a plan in force (实施中, not past its end) only.',
  })
  revise!: boolean;

  @Field(() => Boolean, {
    description: '归档 (archivePlan): the plan office or an ADMIN, on an ended plan (已结束) only.',
  })
  archive!: boolean;

  @Field(() => Boolean, { description: '新建方案: create a new draft plan (createPlan).' })
  createPlan!: boolean;
}
