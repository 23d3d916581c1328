import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceKind, ProgressStatus, ReportReviewState, ReviewDecision } from './progress.enum';
import type {
  EvidenceItem,
  IndicatorObservationRow,
  ProgressReportReviewRow,
  ProgressReportRow,
} from './progress.table';

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'Where a measure’s work stands, as its department reports it.',
  valuesConfig: {
    NOT_STARTED: { description: '未启动' },
    ON_TRACK: { description: '正常推进' },
    AT_RISK: { description: '存在风险' },
    DELAYED: { description: '滞后' },
    COMPLETED: { description: '已完成' },
  },
});

registerEnumType(ReportReviewState, {
  name: 'ReportReviewState',
  description: 'Where the plan office’s review of a report’s current version stands.',
  valuesConfig: {
    PENDING: { description: '待审核' },
    ACCEPTED: { description: '已审核通过' },
    RETURNED: { description: '已退回修改（待部门重新提交）' },
  },
});

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'What the plan office decided on a report.',
  valuesConfig: { ACCEPTED: { description: '通过' }, RETURNED: { description: '退回修改' } },
});

@ObjectType('ReportReview', { description: 'One review decision on a report, with the version it judged.' })
export class ReportReview
  implements Pick<ProgressReportReviewRow, 'reportVersion' | 'decision' | 'note' | 'reviewedAt'>
{
  @Field(() => Int, { description: 'The report version judged.' })
  reportVersion!: number;

  @Field(() => ReviewDecision, { description: '通过 or 退回修改.' })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'The reason for a return, or the note on an acceptance.' })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was decided.' })
  reviewedAt!: Date;
}

registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'What a piece of evidence refers to.',
  valuesConfig: {
    LINK: { description: '链接 (http or https)' },
    FILE: { description: '文件引用 (file:…)' },
    DOCUMENT: { description: '发文字号 / 文件编号, e.g. 博市监发〔2025〕41号: a reference, not a link' },
  },
});

@ObjectType('Evidence', { description: 'A titled link, file reference or document number.' })
export class Evidence implements Pick<EvidenceItem, 'title' | 'url'> {
  @Field(() => String, { description: 'What it is.' })
  title!: string;

  @Field(() => String, {
    description: 'The reference: a link, a file: reference, or a document number in its one written form (〔〕).',
  })
  url!: string;
}

@ObjectType('ProgressReport', { description: '进度填报: a department’s report on a measure for one period.' })
export class ProgressReport
  implements
    Pick<
      ProgressReportRow,
      | 'period'
      | 'status'
      | 'percentComplete'
      | 'summary'
      | 'problems'
      | 'nextSteps'
      | 'version'
      | 'submittedAt'
      | 'reviewState'
      | 'reviewedAt'
      | 'reviewNote'
    >
{
  @Field(() => String, { description: 'The period reported on, e.g. 2025-06.' })
  period!: string;

  @Field(() => ProgressStatus, { description: 'Where the work stands.' })
  status!: ProgressStatus;

  @Field(() => Int, { description: 'Percent complete, 0–100.' })
  percentComplete!: number;

  @Field(() => String, { description: 'What was done.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '存在问题: problems needing another department’s help.' })
  problems!: string | null;

  @Field(() => String, { nullable: true, description: '下一步计划.' })
  nextSteps!: string | null;

  @Field(() => [Evidence], { description: 'Supporting links or files.' })
  evidence!: EvidenceItem[];

  @Field(() => Int, { description: 'Moves on with every edit; send it back to edit or withdraw.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was first submitted.' })
  submittedAt!: Date;

  @Field(() => ReportReviewState, {
    description: '审核: the plan office’s review of the current version; an edit (resubmission) resets it to PENDING.',
  })
  reviewState!: ReportReviewState;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the current version was reviewed.' })
  reviewedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reviewer’s note on the current version: for RETURNED, why (退回修改原因).',
  })
  reviewNote!: string | null;
}

@ObjectType('IndicatorObservation', { description: 'An indicator’s recorded value as of a date.' })
export class IndicatorObservation implements Pick<IndicatorObservationRow, 'value' | 'asOf' | 'note' | 'submittedAt'> {
  @Field(() => Float, { description: 'The value, in the indicator’s unit.' })
  value!: number;

  @Field(() => LocalDateResolver, { description: 'The date the value holds for.' })
  asOf!: string;

  @Field(() => String, { nullable: true, description: 'Source or remark.' })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was recorded.' })
  submittedAt!: Date;
}

@ObjectType('Progress', { description: 'A rolled-up progress figure, with how it was computed.' })
export class Progress {
  @Field(() => Float, { description: 'Percent complete, one decimal.' })
  percent!: number;

  @Field(() => Int, { description: 'How many of its parts have reported.' })
  reported!: number;

  @Field(() => Int, { description: 'How many parts it is computed from.' })
  total!: number;

  @Field(() => String, { description: 'The rule that produced it, in words.' })
  rule!: string;
}

@ObjectType('ProgressReportViewerCan', {
  description: 'What the signed-in viewer may do with the report now: the policy and the report’s state.',
})
export class ProgressReportViewerCan {
  @Field(() => Boolean, { description: '修改 / 重新提交 (editProgressReport): its own department’s, not withdrawn.' })
  edit!: boolean;

  @Field(() => Boolean, { description: '撤回 (withdrawProgressReport).' })
  withdraw!: boolean;

  @Field(() => Boolean, { description: '审核通过 (acceptProgressReport): not withdrawn, not already accepted.' })
  accept!: boolean;

  @Field(() => Boolean, {
    description: '退回修改 (returnProgressReportForRevision): not withdrawn, not already returned.',
  })
  returnForRevision!: boolean;

  @Field(() => Boolean, { description: '批示 on the report (issueInstruction): not withdrawn.' })
  instruct!: boolean;
}
