import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ProgressStatus } from './progress.enum';

@InputType('EvidenceInput', {
  description: 'A titled link, file reference or document number supporting a report.',
})
export class EvidenceInput {
  @Field(() => String, { description: 'What it is, e.g. 质押融资签约仪式照片.' })
  title!: string;

  @Field(() => String, {
    description:
      'An http(s) link, a file reference (file:…) or a document number (文件编号, e.g. 博市监发〔2025〕41号; the ' +
      'brackets may also be [] or ()).',
  })
  url!: string;
}

@InputType('SubmitProgressReportInput', { description: 'A department’s report on a measure for one period.' })
export class SubmitProgressReportInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The measure’s code, e.g. P3.3.' })
  measureCode!: string;

  @Field(() => String, { description: 'The reporting department’s code; a reporter may only give its own.' })
  departmentCode!: string;

  @Field(() => String, { description: 'The period reported on: YYYY-MM (monthly), YYYY-Qn or YYYY-Hn.' })
  period!: string;

  @Field(() => ProgressStatus, { description: 'Where the work stands.' })
  status!: ProgressStatus;

  @Field(() => Int, { description: 'Percent complete, 0–100.' })
  percentComplete!: number;

  @Field(() => String, { description: 'What was done (1–2000 characters).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '存在问题: problems needing another department’s help.' })
  problems?: string | null;

  @Field(() => String, { nullable: true, description: '下一步计划.' })
  nextSteps?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Supporting links or files, at most 20.' })
  evidence?: EvidenceInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A client-chosen key: retrying with the same key and payload returns the original report.',
  })
  idempotencyKey?: string | null;
}

@InputType('BackfillProgressReportInput', {
  description:
    '办公室补录: a report from the office’s ledger, entered by the plan office with the date it was really made.',
})
export class BackfillProgressReportInput extends SubmitProgressReportInput {
  @Field(() => LocalDateResolver, {
    description:
      '原报送日期: the day the department really made the report; not after today, not before the plan or the period.',
  })
  reportedOn!: string;
}

@InputType('EditProgressReportInput', { description: 'A correction to a report, against the version it was read at.' })
export class EditProgressReportInput {
  @Field(() => ID, { description: 'The report.' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => ProgressStatus, { description: 'Where the work stands.' })
  status!: ProgressStatus;

  @Field(() => Int, { description: 'Percent complete, 0–100.' })
  percentComplete!: number;

  @Field(() => String, { description: 'What was done.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '存在问题.' })
  problems?: string | null;

  @Field(() => String, { nullable: true, description: '下一步计划.' })
  nextSteps?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Supporting links or files.' })
  evidence?: EvidenceInput[] | null;
}

@InputType('RecordIndicatorValueInput', { description: 'An indicator’s value as of a date.' })
export class RecordIndicatorValueInput {
  @Field(() => String, { description: 'The plan’s code.' })
  planCode!: string;

  @Field(() => String, { description: 'The indicator’s code, e.g. invention-patents-per-10k.' })
  indicatorCode!: string;

  @Field(() => Float, { description: 'The value, in the indicator’s unit.' })
  value!: number;

  @Field(() => LocalDateResolver, { description: 'The date the value holds for.' })
  asOf!: string;

  @Field(() => String, { nullable: true, description: 'Source or remark (at most 2000 characters).' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'As for reports: a retry with the same key returns the original.',
  })
  idempotencyKey?: string | null;
}
