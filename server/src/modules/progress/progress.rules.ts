import { chinaDate } from '../../shared/clock';
import { checkText as checkFreeText, DomainError } from '../../shared/errors';
import { periodRange, reportingWindow } from '../period';
import { EvidenceKind, ProgressStatus, ReportReviewState, ReviewDecision } from './progress.enum';
import type { EvidenceItem, ProgressReportRow } from './progress.table';

export const MAX_TEXT = 2000;
export const MAX_EVIDENCE = 20;

const bad = (field: string, reason: string, detail?: string) =>
  new DomainError('BAD_USER_INPUT', { field, reason, ...(detail ? { detail } : {}) });

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The order of reports, newest first: latest period first, then latest submitted, then latest written. */
export function newestFirst(
  a: Pick<ProgressReportRow, 'period' | 'submittedAt' | 'id'>,
  b: Pick<ProgressReportRow, 'period' | 'submittedAt' | 'id'>,
): number {
  return b.period.localeCompare(a.period) || b.submittedAt.getTime() - a.submittedAt.getTime() || b.id - a.id;
}

/** A period must lie in the reporting window and must have begun. */
export function checkPeriod(period: string, plan: { startsOn: string; endsOn: string }, today: string): void {
  const { start, end } = periodRange(period);
  const window = reportingWindow(plan);
  if (end < window.from || start > window.to) {
    throw bad(
      'input.period',
      `报告期 ${period} 不在方案的填报期 (${window.from} 至 ${window.to}) 内`,
      'OUTSIDE_REPORTING_WINDOW',
    );
  }
  if (start > today) throw bad('input.period', `报告期 ${period} 尚未开始`, 'FUTURE_PERIOD');
}

/**
 * 报送日期 of history the plan office enters from its ledger (办公室补录): a real day, not after today, not before the
 * plan starts, and not before the period reported on begins (a report on 2024-03 cannot have been made in February).
 */
export function checkReportedOn(
  reportedOn: string,
  period: string,
  plan: { startsOn: string; endsOn: string },
  today: string,
): void {
  const field = 'input.reportedOn';
  const day = new Date(`${reportedOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reportedOn) || Number.isNaN(day.getTime()) || isoDate(day) !== reportedOn) {
    throw bad(field, `原报送日期「${reportedOn}」不是有效日期，应为 YYYY-MM-DD`, 'DATE_FORMAT');
  }
  if (reportedOn > today) {
    throw bad(field, `原报送日期 ${reportedOn} 晚于今天（${today}），补录只能记录已经发生的报送`, 'FUTURE_DATE');
  }
  if (reportedOn < plan.startsOn) {
    throw bad(field, `原报送日期 ${reportedOn} 早于方案开始日（${plan.startsOn}）`, 'BEFORE_PLAN');
  }
  const { start } = periodRange(period);
  if (reportedOn < start) {
    throw bad(
      field,
      `原报送日期 ${reportedOn} 早于报告期 ${period} 的开始（${start}），该期报告不可能在此之前报送`,
      'BEFORE_PERIOD',
    );
  }
}

/** The day a report was really made: the office's 原报送日期 for backfilled history, else its submission day (Beijing). */
export function reportedOnOf(report: { reportedOn: string | null; submittedAt: Date }): string {
  return report.reportedOn ?? chinaDate(report.submittedAt);
}

/** How a backfilled report is marked in the feed and the audit trail; null for a report made in the system. */
export function backfillNote(report: { reportedOn: string | null }): string | null {
  return report.reportedOn === null ? null : `办公室补录，原报送日期 ${report.reportedOn}`;
}

/** A value's date must lie in the reporting window and not in the future. */
export function checkAsOf(asOf: string, plan: { startsOn: string; endsOn: string }, today: string): void {
  const window = reportingWindow(plan);
  if (asOf < window.from || asOf > window.to) {
    throw bad(
      'input.asOf',
      `日期 ${asOf} 不在方案的填报期 (${window.from} 至 ${window.to}) 内`,
      'OUTSIDE_REPORTING_WINDOW',
    );
  }
  if (asOf > today) throw bad('input.asOf', `日期 ${asOf} 晚于今天`, 'FUTURE_DATE');
}

/** Percent and status must agree: 未启动 is 0 %, 已完成 is 100 %. */
export function checkProgress(status: ProgressStatus, percent: number): void {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw bad('input.percentComplete', '完成百分比须为 0 至 100 的整数', 'PERCENT_RANGE');
  }
  if (status === ProgressStatus.COMPLETED && percent !== 100) {
    throw bad('input.percentComplete', '状态为“已完成”时完成百分比须为 100', 'COMPLETED_NOT_100');
  }
  if (status === ProgressStatus.NOT_STARTED && percent !== 0) {
    throw bad('input.percentComplete', '状态为“未启动”时完成百分比须为 0', 'NOT_STARTED_NOT_0');
  }
}

/** Trims a text; required texts must not be empty; none may exceed MAX_TEXT characters. */
export function checkText(value: string | null | undefined, field: string, required: boolean): string | null {
  return checkFreeText(value, field, { max: MAX_TEXT, required });
}

/**
 * A document number (发文字号 / 文件编号): an issuer's abbreviation, the year in brackets, a serial and 号, e.g.
 * 博市监发〔2025〕41号. Clerks type the brackets as 〔〕, [], ［］, 【】, () or （）; all mean the same.
 */
const DOCUMENT_NUMBER =
  /^([\p{Script=Han}A-Za-z]{1,30})\s*[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*第?\s*(\d{1,6})\s*号$/u;

/** A document number in its one written form (brackets 〔〕), or null when the text is not one. */
export function documentNumber(text: string): string | null {
  const match = DOCUMENT_NUMBER.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
}

/** What an evidence reference is: a link, a file reference, a document number, or null when it is none. */
export function evidenceKindOf(reference: string): EvidenceKind | null {
  if (/^https?:\/\/\S+$/.test(reference)) return EvidenceKind.LINK;
  if (/^file:\S+$/.test(reference)) return EvidenceKind.FILE;
  return documentNumber(reference) === null ? null : EvidenceKind.DOCUMENT;
}

/**
 * At most MAX_EVIDENCE items, each with a title and a reference: an http(s) link, a file: reference or a document
 * number (stored in its one written form, as a DOCUMENT).
 */
export function checkEvidence(items: EvidenceItem[] | null | undefined): EvidenceItem[] {
  const list = items ?? [];
  if (list.length > MAX_EVIDENCE) throw bad('input.evidence', `佐证材料最多 ${MAX_EVIDENCE} 项`, 'TOO_MANY');
  return list.map((item, i) => {
    const title = item.title.trim();
    const url = item.url.trim();
    if (title.length === 0 || title.length > 200) throw bad(`input.evidence.${i}.title`, '标题须为 1 至 200 个字符');
    const kind = url.length > 2000 ? null : evidenceKindOf(url);
    if (kind === null) {
      throw bad(
        `input.evidence.${i}.url`,
        url.length === 0
          ? '请填写链接、file: 文件引用或发文字号'
          : `「${url.length > 40 ? `${url.slice(0, 40)}…` : url}」不是链接、file: 文件引用或发文字号（如 博市监发〔2025〕41号）`,
        'EVIDENCE_URL',
      );
    }
    return { title, url: kind === EvidenceKind.DOCUMENT ? (documentNumber(url) ?? url) : url, kind };
  });
}

/** An idempotency key: 8–100 letters, digits, _ or -. */
export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(key)) {
    throw bad('input.idempotencyKey', '幂等键须为 8 至 100 位字母、数字、_ 或 -', 'IDEMPOTENCY_KEY_FORMAT');
  }
  return key;
}

const REVIEW_STATE_NAME: Record<ReportReviewState, string> = {
  [ReportReviewState.PENDING]: '待审核',
  [ReportReviewState.ACCEPTED]: '已审核通过',
  [ReportReviewState.RETURNED]: '已退回修改',
};

/**
 * 审核: the state a decision leads to. The office may judge a pending report, or change its mind on the same
 * version (accept a returned one, return an accepted one); repeating the decision the report already carries is
 * a CONFLICT.
 */
export function reviewTransition(state: ReportReviewState, decision: ReviewDecision): ReportReviewState {
  const to = decision === ReviewDecision.ACCEPTED ? ReportReviewState.ACCEPTED : ReportReviewState.RETURNED;
  if (state === to) {
    throw new DomainError('CONFLICT', {
      field: 'id',
      reason:
        decision === ReviewDecision.ACCEPTED
          ? `报告当前状态为「${REVIEW_STATE_NAME[state]}」，不能再次通过`
          : `报告当前状态为「${REVIEW_STATE_NAME[state]}」，须待部门修改后重新提交，不能再次退回`,
      detail: 'ILLEGAL_TRANSITION',
    });
  }
  return to;
}
