// Importing a plan document (docs/PLAN-FORMAT.md, "Importing a document"). Extraction and parsing are pure (no
// database: plan-import.extract.ts, plan-import.rules.ts and the *.rules.ts beside them); the service keeps uploaded
// documents, previews them against the register and makes drafts from them.
import {
  ImportedGoalResolver,
  ImportedIndicatorResolver,
  ImportedMeasureResolver,
  ImportedPlanResolver,
  PlanImportResolver,
} from './plan-import.resolver';

export {
  type DocumentBlock,
  type ExtractedDocument,
  ImportError,
  type ImportRefusal,
} from './plan-import.document';
export { extractDocument, MAX_DOCUMENT_BYTES, readDocumentFile } from './plan-import.extract';
export { type ProposedPlan, proposePlan } from './plan-import.rules';
export {
  createPlanFromDocument,
  getPlanDocumentPreview,
  importRefusal,
  proposalOf,
  uploadPlanDocument,
} from './plan-import.service';
export { planDocuments } from './plan-import.table';
export { documentForParser, textToDocument } from './plan-import.text';

export const planImportResolvers = [
  PlanImportResolver,
  ImportedMeasureResolver,
  ImportedGoalResolver,
  ImportedIndicatorResolver,
  ImportedPlanResolver,
] as const;
