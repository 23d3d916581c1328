// The plan-document importer's surface: pure, no database (docs/PLAN-FORMAT.md, "Importing a document").
export {
  type DocumentBlock,
  type ExtractedDocument,
  ImportError,
  type ImportRefusal,
} from './plan-import.document';
export { extractDocument, readDocumentFile } from './plan-import.extract';
export { type ProposedPlan, proposePlan } from './plan-import.rules';
export { textToDocument } from './plan-import.text';
