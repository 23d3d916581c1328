import type { ProgressStatusName } from '../../ui/status';

/** What the report form holds, and what is kept in this browser while it is typed. */
export interface ReportDraft {
  period: string;
  /** Unset on a new period's report until the clerk chooses: last period's status is a hint, never a default. */
  status: ProgressStatusName | undefined;
  percentComplete: number;
  summary: string;
  problems?: string | null;
  nextSteps?: string | null;
  evidence?: { title: string; url: string }[];
}

/** A report being corrected or resubmitted after a return (退回修改), at the version it was read at. */
export interface EditedReport extends ReportDraft {
  id: string;
  version: number;
  status: ProgressStatusName;
}

/** The department's last report on the measure: where a new period's report starts from. */
export type LastReport = Pick<ReportDraft, 'percentComplete' | 'problems' | 'nextSteps' | 'evidence'> & {
  period: string;
  status: ProgressStatusName;
};

/** The form's fields a server error may name (evidence rows are placed apart). */
export const FORM_FIELDS = ['period', 'status', 'percentComplete', 'summary', 'problems', 'nextSteps'];

/** Where the draft is kept: one per report being edited (at its version), else one per measure and department. */
export function draftKey(
  target: { planCode: string; measureCode: string; departmentCode: string },
  edited: EditedReport | null,
): string {
  return edited
    ? `duban.draft.edit.${edited.id}.${edited.version}`
    : `duban.draft.${target.planCode}.${target.measureCode}.${target.departmentCode}`;
}

export function loadDraft(key: string): Partial<ReportDraft> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Partial<ReportDraft>) : null;
  } catch {
    return null;
  }
}

const copyEvidence = (evidence: ReportDraft['evidence']) =>
  evidence?.map((e) => ({ title: e.title, url: e.url })) ?? [];

/**
 * What the form starts from: the report being edited as it is; else a new report for the first period offered,
 * starting from the last report's percent, problems, next steps and evidence, but not its status.
 */
export function initialDraft(
  edited: EditedReport | null,
  periods: readonly string[],
  last: LastReport | null,
): Partial<ReportDraft> {
  if (edited) {
    return {
      period: edited.period,
      status: edited.status,
      percentComplete: edited.percentComplete,
      summary: edited.summary,
      problems: edited.problems ?? '',
      nextSteps: edited.nextSteps ?? '',
      evidence: copyEvidence(edited.evidence),
    };
  }
  return {
    period: periods[0],
    status: undefined,
    percentComplete: last?.percentComplete ?? 0,
    summary: '',
    problems: last?.problems ?? '',
    nextSteps: last?.nextSteps ?? '',
    evidence: copyEvidence(last?.evidence),
  };
}

/**
 * The evidence to send: empty rows dropped. `rows` maps the server's evidence index back to the row on screen, so a
 * refusal of `input.evidence.1.url` shows beside the right row.
 */
export function evidenceToSend(values: Pick<ReportDraft, 'evidence'>): {
  rows: number[];
  evidence: { title: string; url: string }[];
} {
  const rows = (values.evidence ?? []).flatMap((e, row) => (e?.title || e?.url ? [row] : []));
  const evidence = rows.map((row) => {
    const e = values.evidence?.[row];
    return { title: e?.title ?? '', url: e?.url ?? '' };
  });
  return { rows, evidence };
}
