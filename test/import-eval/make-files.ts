/**
 * Makes the set's binary documents from their texts, deterministically (fixed dates, same bytes each run):
 * synthetic-task-table/document.docx (paragraphs, and the task-split table as a real Word table) and
 * guangzhou-talent-cluster-2012/document.pdf (an A4 text-layer PDF laid out as a printed 公文, with a CJK font
 * installed on the machine); nanling-work-report-table-2024/document.pdf (its task-split table drawn as a ruled
 * table). `pnpm eval:import` reads them through the importer's real extraction.
 * Run: pnpm --filter @duban/test exec tsx import-eval/make-files.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findCjkFont,
  makeDocxOfBlocks,
  makePdf,
  nonEmptyLines,
} from '../../server/src/modules/plan-import/plan-import.fixtures';
import { textToDocument } from '../../server/src/modules/plan-import/plan-import.text';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATE = new Date(Date.UTC(2024, 0, 1));
const textOf = (slug: string) => fs.readFileSync(path.join(here, slug, 'document.txt'), 'utf8');

async function main() {
  const docx = await makeDocxOfBlocks(textToDocument(textOf('synthetic-task-table')).blocks, DATE);
  fs.writeFileSync(path.join(here, 'synthetic-task-table', 'document.docx'), docx);

  if (!findCjkFont()) throw new Error('no CJK font installed (fonts-noto-cjk): cannot make the PDF');
  const guangzhou = nonEmptyLines(textOf('guangzhou-talent-cluster-2012'));
  const pdf = await makePdf(guangzhou, { font: 'cjk', header: guangzhou[0], date: DATE });
  fs.writeFileSync(path.join(here, 'guangzhou-talent-cluster-2012', 'document.pdf'), pdf);
  // The Nanling table as a PDF: its rows drawn as a ruled table, read back by the PDF table reader.
  const nanling = textToDocument(textOf('nanling-work-report-table-2024')).blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : { table: b.rows },
  );
  const tablePdf = await makePdf(nanling, { font: 'cjk', date: DATE });
  fs.writeFileSync(path.join(here, 'nanling-work-report-table-2024', 'document.pdf'), tablePdf);
  console.log(`document.docx ${docx.length} bytes, document.pdf ${pdf.length} and ${tablePdf.length} bytes`);
}

await main();
