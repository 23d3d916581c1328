// Build step (scripts/build.mjs): writes the empty database a new PGlite data directory starts from
// (db/client.ts, pgliteTemplateFile): every migration applied, dumped and gzipped. Usage: node dist/pglite-template.cli.js
import fs from 'node:fs';
import { openDatabase, pgliteTemplateFile } from '../db/client';

const database = await openDatabase({ kind: 'pglite' });
try {
  const dump = await database.dump!('gzip');
  fs.writeFileSync(pgliteTemplateFile, Buffer.from(await dump.arrayBuffer()));
  console.log(`server/dist/pglite-template.tar.gz: ${(dump.size / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await database.close();
}
