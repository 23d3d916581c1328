import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's emitted schema. `pnpm codegen` writes src/gql/; a test fails when it drifts.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: false,
      },
    },
  },
};

export default config;
