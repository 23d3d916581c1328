/**
 * `pnpm eval:import`: runs the importer (textToDocument + proposePlan) on every document of the evaluation set and
 * prints, per document and in total, precision and recall of measures, lead units, participating units and
 * indicators with their targets (see score.ts and README.md), and a separate HELD-OUT total over the documents added
 * after the parser was written (source.md says "held out:"); with --verbose, also every missed or extra measure,
 * unit and indicator. Exits 1 when the parser is missing.
 */
// The module's index also holds its resolvers, whose decorators need the metadata polyfill.
import 'reflect-metadata';
import path from 'node:path';
import {
  type DocumentScore,
  explainDocument,
  percent,
  precision,
  recall,
  SCORED,
  type ScoredPlan,
  scoreDocument,
  total,
} from './score';
import { documents } from './set';

const RULES = '../../server/src/modules/plan-import';

interface Parser {
  textToDocument: (text: string) => unknown;
  readDocumentFile: (file: string) => Promise<unknown>;
  proposePlan: (doc: never) => unknown;
}

async function loadParser(): Promise<Parser> {
  let mod: Partial<Parser>;
  try {
    mod = (await import(RULES)) as Partial<Parser>;
  } catch (error) {
    fail(`cannot load server/src/modules/plan-import (${(error as Error).message})`);
  }
  if (
    typeof mod.textToDocument !== 'function' ||
    typeof mod.readDocumentFile !== 'function' ||
    typeof mod.proposePlan !== 'function'
  ) {
    fail('the plan-import module does not export textToDocument(text), readDocumentFile(file) and proposePlan(doc)');
  }
  return mod as Parser;
}

function fail(reason: string): never {
  console.error(`pnpm eval:import needs the importer's parser: ${reason}.`);
  console.error('Merge the plan-import parser (issue 15) first; the evaluation set and its scoring are ready.');
  process.exit(1);
}

function row(name: string, score: DocumentScore): string {
  const cells = SCORED.map((key) => {
    const t = score[key];
    return `${percent(precision(t)).padStart(6)} ${percent(recall(t)).padStart(6)} (${t.matched}/${t.found}/${t.expected})`.padEnd(
      30,
    );
  });
  return `${name.padEnd(44)} ${cells.join(' ')}`;
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const parser = await loadParser();
  const scores: DocumentScore[] = [];
  const heldOut: DocumentScore[] = [];
  const header = SCORED.map((k) => `${k} P R (ok/found/expected)`.padEnd(30)).join(' ');
  console.log(`${'document'.padEnd(44)} ${header}`);
  for (const doc of documents()) {
    // A folder with a document.docx or document.pdf is read from it, through the real extraction.
    const name = doc.file ? `${doc.slug} ${path.extname(doc.file)}` : doc.slug;
    let found: ScoredPlan;
    try {
      const extracted = doc.file ? await parser.readDocumentFile(doc.file) : parser.textToDocument(doc.text);
      found = parser.proposePlan(extracted as never) as ScoredPlan;
    } catch (error) {
      console.log(`${name.padEnd(44)} importer refused or failed: ${(error as Error).message}`);
      found = { goals: [], measures: [] };
    }
    const score = scoreDocument(doc.expected, found);
    scores.push(score);
    if (doc.heldOut) heldOut.push(score);
    console.log(row(doc.heldOut ? `${name} (held out)` : name, score));
    if (verbose) for (const line of explainDocument(doc.expected, found)) console.log(`    ${line}`);
  }
  console.log(row('TOTAL', total(scores)));
  if (heldOut.length > 0) console.log(row(`HELD-OUT (${heldOut.length} documents)`, total(heldOut)));
}

await main();
