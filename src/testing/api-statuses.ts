import { buildSchema, GraphQLEnumType } from 'graphql';
import { parse } from 'yaml';
import graphqlSchema from '../../spec/vdk-api/schema.graphqls?raw';
import openApiSpec from '../../spec/vdk-api/api.yaml?raw';

/**
 * Every execution status the API can send, read from the vendored spec the generated types come from (GraphQL
 * `DataJobExecutionStatus`, REST `DataJobExecution.status`), so a status the spec adds is covered by the tests that
 * render them all without anyone listing it.
 */
function graphqlStatuses(): string[] {
  const type = buildSchema(graphqlSchema).getType('DataJobExecutionStatus');
  if (!(type instanceof GraphQLEnumType)) throw new Error('schema.graphqls: no enum DataJobExecutionStatus');
  return type.getValues().map((value) => value.name);
}

function restStatuses(): string[] {
  const spec = parse(openApiSpec) as {
    components: { schemas: { DataJobExecution: { properties: { status: { enum: string[] } } } } };
  };
  return spec.components.schemas.DataJobExecution.properties.status.enum;
}

export const API_STATUSES = { graphql: graphqlStatuses(), rest: restStatuses() };

/** The values that occur more than once (empty when all differ). */
export function duplicates<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}
