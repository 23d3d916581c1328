/**
 * The parser's output: a proposed plan, as the importer read it from a document. Every item keeps the sentence or
 * table row it came from (`source` / `text`) and a flag with a Chinese reason wherever the importer guessed, so that
 * the office reviews the guesses first. Unit names are as the document writes them; dates it does not give are null.
 */

/** Why an item needs a look: a Chinese reason, and a stable code for tests and the UI. */
export interface ProposedFlag {
  code: string;
  reason: string;
}

export type ProposedMeasureKind = 'PROJECT' | 'MEASURE' | 'SAFEGUARD';

export interface ProposedIndicator {
  name: string;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  unit: string | null;
  /** YYYY-MM-DD: the end of the year the sentence names (到2025年), else the plan's end. */
  targetDate: string | null;
  direction: 'INCREASE' | 'DECREASE';
  targetKind: 'NUMERIC' | 'QUALITATIVE';
  /** The document's own wording of the target. */
  text: string;
  flags: ProposedFlag[];
}

export interface ProposedGoal {
  /** The ordinal as written (（一）), or null. */
  number: string | null;
  title: string;
  description: string | null;
  source: string;
  indicators: ProposedIndicator[];
  flags: ProposedFlag[];
}

export interface ProposedMeasure {
  /** The ordinal as written: （一）, 1., ①; null for a table row without one. */
  number: string | null;
  title: string;
  description: string | null;
  kind: ProposedMeasureKind;
  /** The units the document names for this node (none: it inherits its parent's). */
  lead: string[];
  participating: string[];
  /** As written: 2023年底前, 长期坚持, 持续推进. */
  deadline: string | null;
  /** The paragraph or table row this came from (with its unit line, when the units stood on their own line). */
  source: string;
  /** Numeric targets found in the measure's text. */
  indicators: ProposedIndicator[];
  flags: ProposedFlag[];
  children: ProposedMeasure[];
}

export interface ProposedPlanHeader {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The preamble before the numbered parts, verbatim. */
  summary: string | null;
}

export interface ProposedPlan {
  plan: ProposedPlanHeader;
  goals: ProposedGoal[];
  measures: ProposedMeasure[];
  /** Guesses about the document as a whole (no title, no period...). */
  flags: ProposedFlag[];
}

export const flag = (code: string, reason: string): ProposedFlag => ({ code, reason });
