import type { CodegenConfig } from '@graphql-codegen/cli';

// Documents are validated against the vendored schema here, at generation time; a stale or
// invalid query fails `npm run gen:api` and the staleness test.
const config: CodegenConfig = {
  schema: 'spec/vdk-api/schema.graphqls',
  documents: ['src/api/graphql/documents/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: false,
        scalars: { DateTime: 'string' },
      },
    },
  },
};
export default config;
