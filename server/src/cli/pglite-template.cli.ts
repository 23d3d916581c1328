// Build step (scripts/build.mjs): makes the empty database a new PGlite data directory starts from (db/client.ts,
// pgliteTemplateDir): every migration applied. Usage: node dist/pglite-template.cli.js
import fs from 'node:fs';
import { openDatabase, pgliteTemplateDir } from '../db/client';

fs.rmSync(pgliteTemplateDir, { recursive: true, force: true });
const database = await openDatabase({ kind: 'pglite', dataDir: pgliteTemplateDir });
await database.close();
const bytes = fs
  .readdirSync(pgliteTemplateDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .reduce((sum, entry) => sum + fs.statSync(`${entry.parentPath}/${entry.name}`).size, 0);
console.log(`server/dist/pglite-template/: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
