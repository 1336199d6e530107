import type { CodegenConfig } from '@graphql-codegen/cli';

// The supergraph the gateway composes and commits is the API this app is typed against.
// CODEGEN_SCHEMA points elsewhere, e.g. a supergraph composed to /tmp from subgraphs still being changed.
const schema = process.env.CODEGEN_SCHEMA ?? '../gateway/supergraph.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Date is 'YYYY-MM-DD'; Fen is integer fen (JSON integer). The supergraph's own scalars (join__FieldSet,
        // link__Import) are never selected by the app.
        scalars: { Date: 'string', Fen: 'number' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
