// The bench results' command line (root scripts):
//   combine [DIR]          bench-results/*.json → bench-results/bench.json (the end of `pnpm bench`)
//   compare A B            `pnpm bench:compare A B`: A and B are combined or per-bench files, or directories
//   readme [RESULTS]       `pnpm bench:readme`: rewrite README.md's marked tables from RESULTS (default bench-results/)
// Paths are taken from where pnpm was run (INIT_CWD), not from server/ where the script runs.
import fs from 'node:fs';
import path from 'node:path';
import { COMBINED_FILE, combineResults, readResults, repoRoot, resultsDir } from './results';
import { compareResults, formatComparison } from './results-compare';
import { regenerateReadme } from './results-readme';

const from = process.env.INIT_CWD ?? process.cwd();
const resolve = (given: string) => path.resolve(from, given);
const usage = 'usage: results.cli.ts combine [DIR] | compare A B | readme [RESULTS] [--check]';

function main(args: string[]): number {
  const [command, ...rest] = args.filter((a) => a !== '--');
  if (command === 'combine') {
    const dir = rest[0] ? resolve(rest[0]) : resultsDir;
    const combined = combineResults(readResults(dir));
    const file = path.join(dir, COMBINED_FILE);
    fs.writeFileSync(file, `${JSON.stringify(combined, null, 2)}\n`);
    console.log(`${path.relative(from, file)}: ${combined.benches.map((b) => `${b.bench} (${b.at})`).join(', ')}`);
    return 0;
  }
  if (command === 'compare') {
    const [aPath, bPath] = rest;
    if (!aPath || !bPath) {
      console.error(usage);
      return 2;
    }
    const a = readResults(resolve(aPath));
    const b = readResults(resolve(bPath));
    console.log(formatComparison(compareResults(a, b), { a, b, aLabel: aPath, bLabel: bPath }));
    return 0;
  }
  if (command === 'readme') {
    const check = rest.includes('--check');
    const source = rest.find((a) => !a.startsWith('--'));
    const results = readResults(source ? resolve(source) : resultsDir);
    const readmeFile = path.join(repoRoot, 'README.md');
    const before = fs.readFileSync(readmeFile, 'utf8');
    const { text, updated, notMeasured } = regenerateReadme(before, results);
    if (notMeasured.length > 0) console.log(`left as they were (not in the results): ${notMeasured.join(', ')}`);
    if (check) {
      console.log(text === before ? 'README.md is current' : `README.md differs in: ${updated.join(', ')}`);
      return text === before ? 0 : 1;
    }
    fs.writeFileSync(readmeFile, text);
    console.log(
      updated.length > 0 ? `README.md: rewrote ${updated.join(', ')}` : 'README.md: no marked table to rewrite',
    );
    return 0;
  }
  console.error(usage);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
