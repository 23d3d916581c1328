import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(new URL('./server/package.json', import.meta.url));

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM copies; type-graphql (loaded by Node) gets the CJS one, so our code must too,
    // or the schema's classes come from two different graphql modules.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'server/bench/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['test/**/*.test.ts'],
          // Migrates and seeds one database per run; each file copies it (only when a file of test/ runs).
          globalSetup: ['test/kit/global-setup.ts'],
        },
      },
    ],
    // type-graphql's decorators need the Reflect metadata API before any class is declared.
    setupFiles: [require.resolve('reflect-metadata')],
    pool: 'forks',
    testTimeout: 60_000,
    // expect.poll waits on the server's or the page's state; its default (1 s) is too short on a loaded two-core
    // machine, where a lazy page or a PostgreSQL commit horizon can take longer. Polls that know better say so.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    // Whole-system tests start servers and databases: two files at a time fit the 2-core machine.
    maxWorkers: 2,
  },
});
