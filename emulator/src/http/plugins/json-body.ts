import type { FastifyInstance } from 'fastify';
import { errors } from '../../domain/errors.ts';

/** Jackson's `StreamReadConstraints` default: deeper documents are refused before they are parsed. */
export const MAX_JSON_DEPTH = 1000;

/** True when arrays and objects nest deeper than `max`; one pass, strings skipped, no recursion. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * JSON bodies nested deeper than MAX_JSON_DEPTH are the service's unreadable-body 400 (with Jackson's text), before
 * any parser, validator or serializer recurses into them; the rest go to Fastify's own parser.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(
        errors.unreadableBody(
          `JSON parse error: Document nesting depth (${MAX_JSON_DEPTH + 1}) exceeds the maximum allowed (${MAX_JSON_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`,
        ),
        undefined,
      );
    }
    // Fastify's default parser is the callback kind: it answers through `done`, its return value means nothing.
    void parse(request, text, done);
  });
}
