import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printPublicSchema, schemaFile } from './build-schema';

describe('schema/schema.graphql', () => {
  it('is exactly what the resolvers emit (run `pnpm codegen` after changing the API)', async () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(await printPublicSchema());
  });

  it('documents every type and field of the public contract', async () => {
    const sdl = await printPublicSchema();
    for (const name of ['Plan', 'Goal', 'Measure', 'Department', 'Assignment', 'Indicator']) {
      expect(sdl).toMatch(new RegExp(`"""[^"]+"""\\ntype ${name} \\{`));
    }
  });
});
