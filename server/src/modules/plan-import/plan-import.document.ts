/**
 * The importer's two halves meet here: extraction (a .docx, a text-layer PDF or pasted text, turned into blocks in
 * reading order) and parsing (blocks turned into a proposed plan). Both are pure: no database.
 */

/** One block of a document in reading order: a paragraph's text, or a table as rows of cell texts. */
export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** A document as the parser reads it. */
export interface ExtractedDocument {
  /** What it was read from. */
  format: 'docx' | 'pdf' | 'text';
  blocks: DocumentBlock[];
}

/** Why a document could not be read: each refusal has a code and a Chinese reason, and nothing is written. */
export type ImportRefusal =
  | 'EMPTY_DOCUMENT'
  | 'DOCUMENT_TOO_LARGE'
  | 'DAMAGED_DOCUMENT'
  | 'NO_TEXT_LAYER'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_A_PLAN';

export class ImportError extends Error {
  constructor(
    readonly code: ImportRefusal,
    /** The reason in Chinese, as the user reads it. */
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`);
  }
}
