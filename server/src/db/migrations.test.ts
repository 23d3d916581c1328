import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config/env';
import { migrationsFolder } from './client';

describe('drizzle migrations', () => {
  it('are up to date with the tables: generating anew produces nothing', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-migrations-'));
    try {
      const copy = path.join(scratch, 'migrations');
      fs.cpSync(migrationsFolder, copy, { recursive: true });
      const serverDir = path.join(repoRoot, 'server');
      const config = path.join(scratch, 'drizzle.config.ts');
      fs.writeFileSync(
        config,
        `export default ${JSON.stringify({
          dialect: 'postgresql',
          schema: path.join(serverDir, 'src/db/schema.ts'),
          out: './migrations',
          casing: 'snake_case',
        })};\n`,
      );
      const before = fs.readdirSync(copy).sort();
      // drizzle-kit reads `out` relative to the working directory.
      const output = execFileSync(
        path.join(serverDir, 'node_modules/.bin/drizzle-kit'),
        ['generate', '--config=drizzle.config.ts'],
        {
          cwd: scratch,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
      expect(output).toContain('No schema changes');
      expect(fs.readdirSync(copy).sort()).toEqual(before);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
