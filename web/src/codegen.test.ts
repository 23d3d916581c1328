import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeCodegen } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import testConfig from '../../test/codegen';
import config from '../codegen';

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tests = path.resolve(web, '..', 'test');

describe('the generated operation types', () => {
  for (const [name, options, cwd] of [
    ['web/src/gql', config, web],
    ['test/gql', testConfig, tests],
  ] as const) {
    it(`in ${name} are what \`pnpm codegen\` makes from schema/schema.graphql and the documents today`, async () => {
      const { result } = await executeCodegen({ ...options, cwd, silent: true });
      expect(result.length).toBeGreaterThan(0);
      for (const file of result) {
        const onDisk = readFileSync(path.resolve(cwd, file.filename), 'utf8');
        expect(onDisk, `${file.filename} is stale: run pnpm codegen`).toBe(file.content);
      }
    }, 60_000);
  }
});
