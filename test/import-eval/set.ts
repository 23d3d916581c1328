/** The evaluation set: every folder beside this file with a document.txt and an expected.json. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoredPlan } from './score';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The binary forms a folder may hold beside document.txt, read through the importer's extraction when present. */
const FILES = ['document.docx', 'document.pdf'];

/** The line a source.md carries when its document was added after the parser was written (a held-out document). */
const HELD_OUT = /^held out:/m;

/** One document of the set. */
export interface EvalDocument {
  slug: string;
  text: string;
  file: string | null;
  expected: ScoredPlan;
  /** Added after the parser was written and never used to tune it: its scores measure the parser honestly. */
  heldOut: boolean;
}

/**
 * The documents of the set: every folder here with a document.txt and an expected.json; `file` is the path of its
 * document.docx or document.pdf, if it has one; `heldOut` when its source.md has a line starting "held out:".
 */
export function documents(dir = here): EvalDocument[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) => ({
      slug,
      text: fs.readFileSync(path.join(dir, slug, 'document.txt'), 'utf8'),
      file: FILES.map((name) => path.join(dir, slug, name)).find((file) => fs.existsSync(file)) ?? null,
      expected: JSON.parse(fs.readFileSync(path.join(dir, slug, 'expected.json'), 'utf8')) as ScoredPlan,
      heldOut: HELD_OUT.test(readIfExists(path.join(dir, slug, 'source.md'))),
    }));
}

function readIfExists(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}
