/** The status a department reports for a measure. */
export enum ProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
}

/** Where the plan office's review of a report stands: a resubmission (edit) puts it back to PENDING. */
export enum ReportReviewState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/** What a reviewer decided. */
export enum ReviewDecision {
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/** What a piece of evidence (佐证材料) refers to. */
export enum EvidenceKind {
  LINK = 'LINK',
  FILE = 'FILE',
  DOCUMENT = 'DOCUMENT',
}
