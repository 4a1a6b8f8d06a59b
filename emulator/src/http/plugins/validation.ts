import type { ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../domain/errors.ts';
import { describeErrors, loadSpecValidators } from '../spec-validator.ts';

/**
 * Spring binds query parameters before the controller runs; a value it cannot convert is a `Bug` (500) whose why is
 * Spring's `TypeMismatchException` text.
 */
function conversionBug(validate: ValidateFunction, query: unknown) {
  const error = validate.errors?.find((item) => item.keyword === 'type' && item.params.type === 'integer');
  if (!error) return errors.bug(describeErrors(validate));
  const name = error.instancePath.slice(1);
  const value = String((query as Record<string, unknown>)[name]);
  return errors.bug(
    `Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; nested exception is java.lang.NumberFormatException: For input string: "${value}"`,
  );
}

/**
 * Checks requests against api.yaml (a violation is the service's 400) and, with `strict`,
 * responses too: a response that breaks the spec (or REFERENCE, via the exemptions) turns into
 * a 500 naming the violation, so the emulator's own tests catch drift.
 */
export function registerValidation(app: FastifyInstance, strict: boolean): void {
  const operations = loadSpecValidators();

  app.addHook('preHandler', async (request) => {
    const operationId = request.routeOptions.config.operationId;
    const operation = operationId ? operations.get(operationId) : undefined;
    if (!operation) return;
    if (operation.query && !operation.query(request.query ?? {})) throw conversionBug(operation.query, request.query);
    if (!operation.body) return;
    if (request.body === undefined || request.body === null) {
      if (operation.bodyRequired) throw errors.unreadableBody('Required request body is missing');
      return;
    }
    if (Buffer.isBuffer(request.body)) {
      throw errors.unreadableBody(`Content type '${request.headers['content-type'] ?? ''}' is not JSON`);
    }
    if (!operation.body(request.body)) throw errors.unreadableBody(describeErrors(operation.body));
  });

  if (!strict) return;
  app.addHook('onSend', async (request, reply, payload) => {
    const operationId = request.routeOptions.config?.operationId;
    const operation = operationId ? operations.get(operationId) : undefined;
    if (!operation) return payload;
    const violation = (why: string) => {
      reply.code(500).type('application/json');
      return JSON.stringify(
        errors.bug(`Response breaks the API spec (${operationId} ${reply.statusCode}): ${why}`).body,
      );
    };
    const status = reply.statusCode;
    // 401 (empty) and 403 (the authorization webhook's plain text) come from the security layer, not the API.
    if (status === 401 || status === 403) return payload;
    if (!operation.responses.has(status)) return violation(`status ${status} is not a documented answer`);
    const validate = operation.responses.get(status);
    const isJson = String(reply.getHeader('content-type') ?? '').includes('application/json');
    const empty = payload === null || payload === undefined || payload === '';
    if (!validate) {
      if (!empty && isJson && status < 300) return violation('no body is documented');
      return payload;
    }
    if (empty) return status >= 400 ? payload : violation('the body is missing');
    if (typeof payload !== 'string' || !isJson) return violation('the body is not JSON');
    if (!validate(JSON.parse(payload))) return violation(describeErrors(validate));
    return payload;
  });
}
