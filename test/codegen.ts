import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the whole-system tests, made like the web's: `graphql(`…`)` documents in test/**, typed from
 * schema/schema.graphql into test/gql/ by `pnpm codegen`; web/src/codegen.test.ts fails when it drifts. Documents are
 * strings (`documentMode: 'string'`), sent as they are over HTTP and graphql-ws. Only `graphql(` calls are read: the
 * many untyped `/* GraphQL *\/` strings (and the access matrix's queries built from the schema) stay out.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['**/*.ts', '!gql/**', '!node_modules/**', '!codegen.ts'],
  ignoreNoDocuments: true,
  pluckConfig: { globalGqlIdentifierName: 'graphql', gqlMagicComment: 'typed-test-operation' },
  generates: {
    './gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        // A nullable field is there as null, never missing: results read as the server sends them.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
      },
    },
  },
};

export default config;
