import {
  buildSchema,
  type DocumentNode,
  execute,
  GraphQLError,
  type GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  parse,
  validate,
} from 'graphql';
import type { DomainContext } from '../domain/context.ts';
import { readSpecFile } from '../spec.ts';
import { type ExecutionArgs, queryExecutions, toGraphqlExecution } from './execution-query.ts';
import { type JobsArgs, resolveJobs } from './jobs-resolver.ts';

/** `GraphQLJobsQueryService.DEFAULT_QUERY`, run when `query` is absent. */
export const DEFAULT_QUERY =
  '{ jobs(pageNumber: 1, pageSize: 20, filter: []) { content { jobName config { team description schedule { scheduleCron } } } totalPages totalItems } }';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function parseDateTime(value: unknown): number {
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      `Invalid RFC3339 value : '${String(value)}'. because of : 'Text '${String(value)}' could not be parsed'`,
    );
  }
  return Date.parse(value);
}

let cachedSchema: GraphQLSchema | undefined;

/** The vendored SDL with the extended-scalars `DateTime` (RFC 3339 with an offset) filled in. */
export function createSchema(): GraphQLSchema {
  cachedSchema ??= buildVendoredSchema();
  return cachedSchema;
}

function buildVendoredSchema(): GraphQLSchema {
  const schema = buildSchema(readSpecFile('schema.graphqls'));
  const dateTime = schema.getType('DateTime') as GraphQLScalarType;
  Object.assign(dateTime, {
    parseValue: parseDateTime,
    parseLiteral: (ast: { kind: string; value?: string }) =>
      parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
    serialize: (value: unknown) => value,
  });
  return schema;
}

export interface QueryParams {
  query?: string;
  variables?: string;
  operation_name?: string;
}

interface Envelope {
  errors: unknown[];
  data: { content: unknown; totalItems: number; totalPages: number } | null;
}

/** graphql-java serialises errors through their getters; clients should only rely on `message`. */
function formatError(error: GraphQLError) {
  const fetching = error.path !== undefined;
  return {
    message: error.message,
    locations: error.locations ?? [],
    path: error.path ?? null,
    extensions: error.extensions && Object.keys(error.extensions).length > 0 ? error.extensions : null,
    errorType: fetching ? 'DataFetchingException' : 'ValidationError',
  };
}

const documentCache = new Map<string, { document?: DocumentNode; errors?: readonly GraphQLError[] }>();

function prepare(schema: GraphQLSchema, source: string) {
  let cached = documentCache.get(source);
  if (!cached) {
    try {
      const document = parse(source);
      const errors = validate(schema, document);
      cached = errors.length > 0 ? { errors } : { document };
    } catch (error) {
      cached = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    if (documentCache.size > 500) documentCache.clear();
    documentCache.set(source, cached);
  }
  return cached;
}

/**
 * GraphQL over GET on `/data-jobs/for-team/{team}/jobs`: `{team}` is ignored, the page is
 * flattened into `data`, and any error makes the status 400.
 */
export function runJobsQuery(
  schema: GraphQLSchema,
  ctx: DomainContext,
  params: QueryParams,
): { status: number; body: Envelope } {
  const fail = (errors: readonly GraphQLError[]) => ({
    status: 400,
    body: { errors: errors.map(formatError), data: null },
  });
  let variables: Record<string, unknown> | undefined;
  if (params.variables !== undefined && params.variables.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(params.variables);
      if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new Error('not an object');
      variables = (parsed ?? undefined) as Record<string, unknown> | undefined;
    } catch (error) {
      return fail([new GraphQLError(`The variables parameter is not a JSON object: ${(error as Error).message}`)]);
    }
  }
  const prepared = prepare(schema, params.query ?? DEFAULT_QUERY);
  if (!prepared.document) return fail(prepared.errors ?? []);
  const operationName = params.operation_name?.trim().replaceAll('"', '') || undefined;
  const result = execute({
    schema,
    document: prepared.document,
    variableValues: variables,
    operationName,
    rootValue: {
      jobs: (args: JobsArgs, _context: unknown, info: Parameters<typeof resolveJobs>[2]) =>
        resolveJobs(ctx, args, info),
      executions: (args: ExecutionArgs) => {
        const page = queryExecutions(ctx, args, 'executions');
        const now = ctx.clock.now();
        return { ...page, content: page.rows.map((row) => toGraphqlExecution(row, false, now)) };
      },
    },
  });
  if (result instanceof Promise) throw new Error('The jobs query resolvers are synchronous');
  const errors = (result.errors ?? []).map(formatError);
  const root = (result.data?.jobs ?? result.data?.executions ?? null) as Record<string, unknown> | null;
  const data = root
    ? {
        content: root.content ?? null,
        totalItems: (root.totalItems as number | undefined) ?? 0,
        totalPages: (root.totalPages as number | undefined) ?? 0,
      }
    : null;
  return { status: errors.length > 0 ? 400 : 200, body: { errors, data } };
}
