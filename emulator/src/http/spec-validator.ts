import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { readSpecFile } from '../spec.ts';
import { SPEC_EXEMPTIONS } from './spec-exemptions.ts';

type Schema = Record<string, unknown>;

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}

export interface OperationValidators {
  operationId: string;
  query?: ValidateFunction;
  body?: ValidateFunction;
  bodyRequired: boolean;
  /** status → validator of the JSON body (null: no JSON body expected, e.g. binary or empty). */
  responses: Map<number, ValidateFunction | null>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Rewrites local `$ref`s to the registered root and applies the request/response variant rules. */
function transform(node: unknown, root: string, mode: 'request' | 'response', name?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => transform(item, root, mode));
  if (node === null || typeof node !== 'object') return node;
  const source = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = `${root}${value}`;
    else if (key === 'properties' && value && typeof value === 'object') {
      const required = new Set((source.required as string[] | undefined) ?? []);
      const nullableRequired = new Set(name ? (SPEC_EXEMPTIONS.nullableRequiredProperties[name] ?? []) : []);
      const properties: Schema = {};
      for (const [property, schema] of Object.entries(value as Schema)) {
        const converted = transform(schema, root, mode);
        const nullable = mode === 'response' && (!required.has(property) || nullableRequired.has(property));
        properties[property] = nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
      }
      out.properties = properties;
    } else if (key === 'required' && mode === 'request' && !SPEC_EXEMPTIONS.enforceRequiredInRequests) {
      continue;
    } else if (key === 'schemas' && value && typeof value === 'object') {
      out.schemas = Object.fromEntries(
        Object.entries(value as Schema).map(([schemaName, schema]) => [
          schemaName,
          transform(schema, root, mode, schemaName),
        ]),
      );
    } else if (key === 'nullable') {
      continue;
    } else out[key] = transform(value, root, mode);
  }
  // OpenAPI 3.0 `nullable: true` is not JSON Schema: express it as "this schema or null".
  return source.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function resolveResponse(document: Schema, response: { $ref?: string; content?: Record<string, { schema?: Schema }> }) {
  if (!response.$ref) return response;
  const name = response.$ref.split('/').pop()!;
  return ((document.components as Schema).responses as Schema)[name] as typeof response;
}

let cached: Map<string, OperationValidators> | undefined;

/** Compiles (once per process) ajv validators for every operation of the vendored api.yaml. */
export function loadSpecValidators(): Map<string, OperationValidators> {
  cached ??= compileSpecValidators();
  return cached;
}

function compileSpecValidators(): Map<string, OperationValidators> {
  const document = parse(readSpecFile('api.yaml')) as Schema;
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('binary', { type: 'string', validate: () => true });
  const queryAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: 'array' });
  queryAjv.addSchema({ $id: 'request', components: transform(document.components, 'request', 'request') });
  ajv.addSchema({ $id: 'request', components: transform(document.components, 'request', 'request') });
  ajv.addSchema({ $id: 'response', components: transform(document.components, 'response', 'response') });
  const errorBody = ajv.compile(SPEC_EXEMPTIONS.errorBodySchema);

  const operations = new Map<string, OperationValidators>();
  for (const pathItem of Object.values(document.paths as Record<string, Schema>)) {
    const shared = (pathItem.parameters as OpenApiParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = pathItem[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      const parameters = [...shared, ...(operation.parameters ?? [])].filter(
        (parameter) =>
          parameter.in === 'query' &&
          !(SPEC_EXEMPTIONS.selfValidatedParameters as readonly string[]).includes(parameter.name),
      );
      const validators: OperationValidators = {
        operationId: operation.operationId,
        bodyRequired: operation.requestBody?.required === true,
        responses: new Map(),
      };
      if (parameters.length > 0) {
        validators.query = queryAjv.compile({
          type: 'object',
          properties: Object.fromEntries(
            parameters.map((parameter) => [parameter.name, transform(parameter.schema ?? {}, 'request', 'request')]),
          ),
        });
      }
      const jsonBody = operation.requestBody?.content?.['application/json']?.schema;
      if (jsonBody) validators.body = ajv.compile(transform(jsonBody, 'request', 'request') as Schema);
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        const schema = resolveResponse(document, raw).content?.['application/json']?.schema;
        const code = Number(status);
        validators.responses.set(
          code,
          code >= 400 && operation.operationId !== 'jobsQuery'
            ? errorBody
            : schema
              ? ajv.compile(transform(schema, 'response', 'response') as Schema)
              : null,
        );
      }
      for (const code of [
        ...(SPEC_EXEMPTIONS.extraStatuses[operation.operationId] ?? []),
        ...SPEC_EXEMPTIONS.anyOperationStatuses,
      ]) {
        if (!validators.responses.has(code)) validators.responses.set(code, code >= 400 ? errorBody : null);
      }
      operations.set(operation.operationId, validators);
    }
  }
  return operations;
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}
