import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as teamHealth from '../team-health/documents';
import * as lists from './documents';

// gql.tada types the documents (and typedQuery rejects a field the schema lacks), but an unknown argument or a
// mistyped variable passes the compiler; graphql-js rejects them.
const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../spec/vdk-api/schema.graphqls'), 'utf8'));

describe('GraphQL documents', () => {
  it.each(Object.entries({ ...lists, ...teamHealth }))(
    '%s is valid against spec/vdk-api/schema.graphqls',
    (_name, document) => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    },
  );
});
