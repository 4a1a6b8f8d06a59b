/**
 * One error model for every failure of the Control Service API.
 *
 * The real service answers errors in several shapes (docs/api-reference.md §7): the VDK
 * `{what, why, consequences, countermeasures}` body, an EMPTY body on many 404/409/401s,
 * plain text from the authorization webhook, `{errors: [...]}` from the GraphQL endpoint,
 * and Spring's `{timestamp, status, error, path}` for unknown routes. Every one of them —
 * and network failures, timeouts and malformed JSON — becomes an `ApiError` with a message
 * a person can act on.
 */

export type ApiErrorKind =
  /** The service answered with a non-2xx status. */
  | 'http'
  /** The request never got an answer: offline, DNS, connection reset, CORS. */
  | 'network'
  /** No answer within the client's time limit. */
  | 'timeout'
  /** A 2xx answer whose body is not the JSON it should be. */
  | 'malformed'
  /** The GraphQL endpoint reported errors. */
  | 'graphql';

export interface VdkErrorBody {
  what?: string;
  why?: string;
  consequences?: string;
  countermeasures?: string;
}

export interface ApiErrorInit extends VdkErrorBody {
  kind: ApiErrorKind;
  status?: number;
  method?: string;
  url?: string;
  opId?: string;
  /** GraphQL `errors[].message`, in order. */
  graphqlMessages?: string[];
  /** A text body that is not a VDK error (e.g. the authorization webhook's answer). */
  text?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly opId: string | undefined;
  readonly what: string | undefined;
  readonly why: string | undefined;
  readonly consequences: string | undefined;
  readonly countermeasures: string | undefined;
  readonly graphqlMessages: string[];
  readonly text: string | undefined;

  constructor(init: ApiErrorInit) {
    super(humanMessage(init), { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.opId = init.opId;
    this.what = init.what;
    this.why = init.why;
    this.consequences = init.consequences;
    this.countermeasures = init.countermeasures;
    this.graphqlMessages = init.graphqlMessages ?? [];
    this.text = init.text;
  }

  /** Its facts without the cause, which may not cross to another thread: `new ApiError(init)` there is its twin. */
  toInit(): ApiErrorInit {
    const { kind, status, method, url, opId, what, why, consequences, countermeasures, graphqlMessages, text } = this;
    return { kind, status, method, url, opId, what, why, consequences, countermeasures, graphqlMessages, text };
  }

  /** Copy-pasteable report for a support ticket: what was asked, what came back, the op id to trace. */
  toReport(): string {
    const lines = [
      `Error: ${this.message}`,
      this.status !== undefined ? `Status: ${this.status}` : `Kind: ${this.kind}`,
      this.method && this.url ? `Request: ${this.method} ${this.url}` : undefined,
      this.opId ? `Op id (X-OPID): ${this.opId}` : undefined,
      this.what ? `What: ${this.what}` : undefined,
      this.why ? `Why: ${this.why}` : undefined,
      this.consequences ? `Consequences: ${this.consequences}` : undefined,
      this.countermeasures ? `Countermeasures: ${this.countermeasures}` : undefined,
      ...this.graphqlMessages.map((m) => `GraphQL: ${m}`),
      this.text ? `Response: ${this.text}` : undefined,
    ];
    return lines.filter((line) => line !== undefined).join('\n');
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Reads are retried only when trying again can help: no answer, or the service failed (5xx). */
export function isRetryableError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  // 501 means "not configured" (e.g. secrets without Vault): asking again gives the same answer.
  return (error.status >= 500 && error.status !== 501) || error.status === 429;
}

export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404;
export const isUnauthorized = (error: unknown): boolean => isApiError(error) && error.status === 401;
export const isForbidden = (error: unknown): boolean => isApiError(error) && error.status === 403;

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The Control Service rejected the request as invalid.',
  401: 'You are not signed in, or your session has expired.',
  403: 'You do not have access to this.',
  404: 'Not found: it may have been deleted, or it belongs to another team.',
  405: 'The Control Service does not support this operation.',
  409: 'Conflict: the change clashes with the current state (for example, the name is taken or the job is already running).',
  413: 'The request is too large for the Control Service.',
  429: 'The Control Service is busy (too many requests). Try again shortly.',
  500: 'The Control Service failed with an internal error.',
  501: 'This feature is not configured on the Control Service.',
  502: 'The Control Service could not be reached through the proxy (bad gateway).',
  503: 'The Control Service or one of its dependencies is unavailable right now.',
  504: 'The Control Service did not answer in time (gateway timeout).',
};

function humanMessage(init: ApiErrorInit): string {
  switch (init.kind) {
    case 'network':
      return 'Could not reach the Control Service. Check your connection; the service may be down.';
    case 'timeout':
      return 'The Control Service did not answer in time.';
    case 'malformed':
      return 'The Control Service sent a response that could not be read.';
    case 'graphql':
      return init.graphqlMessages?.[0] ?? 'The jobs query failed.';
    case 'http': {
      const detail = init.what ?? init.graphqlMessages?.[0] ?? meaningfulText(init.text);
      if (detail) return detail;
      const status = init.status ?? 0;
      return STATUS_MESSAGES[status] ?? `The Control Service answered with status ${status}.`;
    }
  }
}

/** A text body is worth showing only when it is short prose, not an HTML error page. */
function meaningfulText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed || trimmed.length > 500 || trimmed.startsWith('<')) return undefined;
  return trimmed;
}

interface ResponseFacts {
  status: number;
  method?: string;
  url?: string;
  opId?: string;
  body: string;
}

/** Turns a non-2xx answer into an ApiError, whatever shape its body has. */
export function errorFromResponse({ status, method, url, opId, body }: ResponseFacts): ApiError {
  const base = { kind: 'http' as const, status, method, url, opId };
  if (body.trim() === '') return new ApiError(base);
  const parsed = safeJson(body);
  if (isRecord(parsed)) {
    const graphqlMessages = graphqlErrorMessages(parsed);
    if (graphqlMessages.length > 0) return new ApiError({ ...base, graphqlMessages });
    const vdk = pickVdkBody(parsed);
    if (vdk) return new ApiError({ ...base, ...vdk });
    // Spring Boot's default error page body: {timestamp, status, error, path}.
    if (typeof parsed.error === 'string') return new ApiError({ ...base, text: parsed.error });
    return new ApiError(base);
  }
  if (parsed !== undefined) return new ApiError(base);
  return new ApiError({ ...base, text: body });
}

export function graphqlErrorMessages(body: Record<string, unknown>): string[] {
  if (!Array.isArray(body.errors)) return [];
  return body.errors
    .map((e: unknown) => (isRecord(e) && typeof e.message === 'string' ? e.message : undefined))
    .filter((m): m is string => m !== undefined);
}

function pickVdkBody(body: Record<string, unknown>): VdkErrorBody | undefined {
  const fields = ['what', 'why', 'consequences', 'countermeasures'] as const;
  const picked: VdkErrorBody = {};
  for (const field of fields) {
    const value = body[field];
    if (typeof value === 'string') picked[field] = value;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
