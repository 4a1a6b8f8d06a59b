import type { CodegenConfig } from '@graphql-codegen/cli';

// Documents are validated against the vendored schema here, at generation time; a stale or
// invalid query fails `npm run gen:api` and the staleness test.
const output = {
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
} as const;

// Generated documents are constants of one module, which ships whole with the first page that uses any of them.
// The team home's own query goes to a module of its own, so the job list does not carry it.
const TEAM_HEALTH = 'src/api/graphql/documents/team-health.graphql';

const config: CodegenConfig = {
  schema: 'spec/vdk-api/schema.graphqls',
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/graphql/': { ...output, documents: ['src/api/graphql/documents/*.graphql', `!${TEAM_HEALTH}`] },
    'src/api/generated/team-health-graphql/': { ...output, documents: [TEAM_HEALTH] },
  },
};
export default config;
