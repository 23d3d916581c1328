import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getUserById, User, type UserRow } from '../user';
import { EvidenceKind } from './progress.enum';
import {
  BackfillProgressReportInput,
  EditProgressReportInput,
  RecordIndicatorValueInput,
  SubmitProgressReportInput,
} from './progress.input';
import { backfillNote, evidenceKindOf, reportedOnOf } from './progress.rules';
import {
  acceptProgressReport,
  backfillProgressReport,
  editProgressReport,
  getReportViewerCan,
  getReviewsOfReport,
  recordIndicatorValue,
  returnProgressReportForRevision,
  submitProgressReport,
  withdrawProgressReport,
} from './progress.service';
import type {
  EvidenceItem,
  IndicatorObservationRow,
  ProgressReportReviewRow,
  ProgressReportRow,
} from './progress.table';
import { Evidence, IndicatorObservation, ProgressReport, ProgressReportViewerCan, ReportReview } from './progress.type';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Mutation(() => ProgressReport, { description: '进度填报: a department reports on a measure for a period.' })
  submitProgressReport(
    @Arg('input', () => SubmitProgressReportInput) input: SubmitProgressReportInput,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return submitProgressReport(ctx.scope, input);
  }

  @Mutation(() => ProgressReport, {
    description:
      '办公室补录: the plan office (LEADER, ADMIN) enters a report from its ledger with its original 报送日期 ' +
      '(`reportedOn`), for any assigned department; timeliness is judged by that date. Idempotent by key.',
  })
  backfillProgressReport(
    @Arg('input', () => BackfillProgressReportInput) input: BackfillProgressReportInput,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return backfillProgressReport(ctx.scope, input);
  }

  @Mutation(() => ProgressReport, { description: 'Corrects a report; a stale version is a CONFLICT.' })
  editProgressReport(
    @Arg('input', () => EditProgressReportInput) input: EditProgressReportInput,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return editProgressReport(ctx.scope, input);
  }

  @Mutation(() => ProgressReport, { description: 'Withdraws a report; a stale version is a CONFLICT.' })
  withdrawProgressReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return withdrawProgressReport(ctx.scope, id, version);
  }

  @Mutation(() => ProgressReport, {
    description: '审核通过: the plan office accepts the current version of a report (LEADER, ADMIN).',
  })
  acceptProgressReport(
    @Arg('id', () => ID, { description: 'The report.' }) id: string,
    @Arg('version', () => Int, { description: 'The version judged; a stale one is a CONFLICT.' }) version: number,
    @Arg('note', () => String, { nullable: true, description: 'An optional note (at most 2000 characters).' })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return acceptProgressReport(ctx.scope, id, version, note);
  }

  @Mutation(() => ProgressReport, {
    description: '退回修改: the plan office returns a report to its department with a reason (LEADER, ADMIN).',
  })
  returnProgressReportForRevision(
    @Arg('id', () => ID, { description: 'The report.' }) id: string,
    @Arg('version', () => Int, { description: 'The version judged; a stale one is a CONFLICT.' }) version: number,
    @Arg('reason', () => String, { description: 'Why (1–2000 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ProgressReportRow> {
    return returnProgressReportForRevision(ctx.scope, id, version, reason);
  }

  @FieldResolver(() => LocalDateResolver, {
    description:
      '报送日期: the day the report was really made: the office’s original date for backfilled history (办公室补录), ' +
      'else the Beijing date of `submittedAt`. Timeliness (按时报送) is judged by it.',
  })
  reportedOn(@Root() report: ProgressReportRow): string {
    // An event's snapshot keeps submittedAt as its JSON string.
    return reportedOnOf({ reportedOn: report.reportedOn ?? null, submittedAt: new Date(report.submittedAt) });
  }

  @FieldResolver(() => Boolean, {
    description: 'True for history the plan office entered from its ledger (办公室补录).',
  })
  backfilled(@Root() report: ProgressReportRow): boolean {
    return (report.reportedOn ?? null) !== null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'How a backfilled report is marked, e.g. 办公室补录，原报送日期 2024-03-04; null otherwise.',
  })
  backfillNote(@Root() report: ProgressReportRow): string | null {
    return backfillNote({ reportedOn: report.reportedOn ?? null });
  }

  @FieldResolver(() => ID, { description: 'The report’s id.' })
  id(@Root() report: ProgressReportRow): string {
    return String(report.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who reviewed the current version.' })
  reviewedBy(@Root() report: ProgressReportRow, @Ctx() ctx: Context): Promise<UserRow | null> | null {
    return report.reviewedBy === null ? null : getUserById(ctx.scope, report.reviewedBy);
  }

  @FieldResolver(() => [ReportReview], { description: 'Every review decision on the report, oldest first.' })
  reviews(@Root() report: ProgressReportRow, @Ctx() ctx: Context): Promise<ProgressReportReviewRow[]> {
    return getReviewsOfReport(ctx.scope, report.id);
  }

  @FieldResolver(() => ProgressReportViewerCan, { description: 'What the viewer may do with the report now.' })
  viewerCan(@Root() report: ProgressReportRow, @Ctx() ctx: Context): Promise<ProgressReportViewerCan> {
    return getReportViewerCan(ctx.scope, report);
  }

  @FieldResolver(() => Boolean, { description: 'True once the report has been withdrawn.' })
  withdrawn(@Root() report: ProgressReportRow): boolean {
    return report.withdrawnAt !== null;
  }

  @FieldResolver(() => Measure, { description: 'The measure reported on.' })
  measure(@Root() report: ProgressReportRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> {
    return getMeasureById(ctx.scope, report.planId, report.measureId);
  }

  @FieldResolver(() => Department, { description: 'The reporting department.' })
  department(@Root() report: ProgressReportRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> {
    return getDepartmentById(ctx.scope, report.departmentId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() report: ProgressReportRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, report.submittedBy);
  }
}

@Resolver(() => ReportReview)
export class ReportReviewResolver {
  @FieldResolver(() => ID, { description: 'The decision’s id.' })
  id(@Root() review: ProgressReportReviewRow): string {
    return String(review.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who decided.' })
  reviewedBy(@Root() review: ProgressReportReviewRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, review.reviewedBy);
  }
}

@Resolver(() => IndicatorObservation)
export class IndicatorObservationResolver {
  @Mutation(() => IndicatorObservation, { description: 'Records an indicator’s value as of a date.' })
  recordIndicatorValue(
    @Arg('input', () => RecordIndicatorValueInput) input: RecordIndicatorValueInput,
    @Ctx() ctx: Context,
  ): Promise<IndicatorObservationRow> {
    return recordIndicatorValue(ctx.scope, input);
  }

  @FieldResolver(() => ID, { description: 'The observation’s id.' })
  id(@Root() observation: IndicatorObservationRow): string {
    return String(observation.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it.' })
  submittedBy(@Root() observation: IndicatorObservationRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, observation.submittedBy);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => EvidenceKind, {
    description: 'A link (open it), a file reference, or a document number (文件编号: cite it; it is not a link).',
  })
  kind(@Root() item: EvidenceItem): EvidenceKind {
    // Evidence stored before kinds were recorded is read by the same rule that checks it (it passed then).
    return item.kind ?? evidenceKindOf(item.url) ?? EvidenceKind.FILE;
  }
}
