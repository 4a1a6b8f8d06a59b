import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../spec/generated/vdk-api';
import { nextTask } from '@/lib/next-task';
import { ApiError, errorFromResponse, safeJson } from './errors';
import { observeServerDate } from './server-clock';

export interface ApiClientOptions {
  /** Where `/data-jobs` lives: absolute, or '' for the page's own origin (the usual same-origin setup). */
  baseUrl: string;
  /** Supplies the bearer token; undefined when the Control Service runs without security. */
  getAccessToken?: () => Promise<string | undefined> | string | undefined;
  /** Called once on a 401: resolve true when a fresh token is available and the request should be retried. */
  onUnauthorized?: () => Promise<boolean>;
  /** Requests without an answer after this long fail as `timeout`. */
  timeoutMs?: number;
}

export interface ApiClient {
  rest: Client<paths>;
  baseUrl: string;
  /** What the client was made with: a worker that sends requests itself makes its twin from them. */
  options: ApiClientOptions;
  /**
   * `rest`'s fetch for a request whose answer is read as it arrives (`fetch` and `parseAs: 'stream'` in its options):
   * errors are the same, but a 2xx body is left unread, so the caller checks that it is the JSON it should be. With
   * `transport`, that sends the request instead of this thread's `fetch` (a worker that reads the body itself).
   */
  streamingFetch: (request: Request, transport?: Transport) => Promise<Response>;
}

/** Sends a request that is ready to go (headers set) and resolves with its answer, as `fetch` does. */
export type Transport = (request: Request) => Promise<Response>;

const DEFAULT_TIMEOUT_MS = 30_000;
/** About a 250-run page: parsing it takes a few milliseconds on a slow laptop. */
const LARGE_BODY_CHARS = 100_000;

/**
 * The only place that talks HTTP. Every request gets an `X-OPID` (the service stores it on
 * executions it starts, so support can trace a click to a run), the bearer token when there
 * is one, a time limit, one renewal-and-retry on 401, and every failure becomes an ApiError.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const rest = createClient<paths>({ baseUrl: resolveBase(baseUrl), fetch: createSender(options, false) });
  const streamingFetch = (request: Request, transport?: Transport) => createSender(options, true, transport)(request);
  return { rest, baseUrl, options, streamingFetch };
}

function resolveBase(baseUrl: string): string {
  if (/^https?:\/\//i.test(baseUrl)) return baseUrl;
  return new URL(baseUrl || '/', globalThis.location.origin).href.replace(/\/+$/, '');
}

// `fetch` is looked up per request, not captured, so test tools that patch it later still see calls.
const fetchHere: Transport = (request) => globalThis.fetch(request);

function createSender(options: ApiClientOptions, streamsBody: boolean, transport = fetchHere) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function attempt(request: Request): Promise<Response> {
    const opId = newOpId();
    const headers = new Headers(request.headers);
    headers.set('X-OPID', opId);
    const token = await options.getAccessToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onCallerAbort = () => timeout.abort(request.signal.reason);
    request.signal.addEventListener('abort', onCallerAbort, { once: true });
    const facts = { method: request.method, url: request.url, opId };
    try {
      const response = await transport(new Request(request, { headers, signal: timeout.signal }));
      observeServerDate(response.headers.get('Date'));
      return streamsBody && response.ok ? response : await checked(response, facts);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // The caller (e.g. TanStack Query cancelling a stale request) aborted: let it see its own abort.
      if (request.signal.aborted) throw request.signal.reason ?? error;
      throw new ApiError({ kind: timeout.signal.aborted ? 'timeout' : 'network', ...facts, cause: error });
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onCallerAbort);
    }
  }

  return async function send(request: Request): Promise<Response> {
    // A body can be read once; keep a copy in case the first attempt needs a token renewal.
    const retryCopy = options.onUnauthorized ? request.clone() : undefined;
    try {
      return await attempt(request);
    } catch (error) {
      const canRenew = error instanceof ApiError && error.status === 401 && retryCopy && options.onUnauthorized;
      if (canRenew && (await options.onUnauthorized!())) return attempt(retryCopy);
      throw error;
    }
  };
}

interface RequestFacts {
  method: string;
  url: string;
  opId: string;
}

/** Non-2xx becomes an ApiError; a 2xx JSON body that does not parse becomes a `malformed` ApiError. */
async function checked(response: Response, facts: RequestFacts): Promise<Response> {
  const opId = response.headers.get('X-OPID') ?? facts.opId;
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    throw errorFromResponse({ ...facts, opId, status: response.status, body });
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return response;
  const text = await response.text();
  // A large body's parse gets a task of its own, apart from reading it and from what the caller does with it:
  // several pages of 1,000 runs arriving together otherwise made one task of 200 ms at 4× throttle.
  if (text.length > LARGE_BODY_CHARS) await nextTask();
  const headers = new Headers(response.headers);
  const init = { status: response.status, statusText: response.statusText, headers };
  if (!/\S/.test(text)) {
    headers.set('Content-Length', '0');
    return new Response(null, init);
  }
  const parsed = safeJson(text);
  if (parsed === undefined) throw new ApiError({ kind: 'malformed', ...facts, opId, status: response.status });
  return parsedResponse(parsed, text, init);
}

/**
 * A response whose `json()` gives the value parsed above (and `text()` the text): openapi-fetch would otherwise
 * encode, decode and parse the body again (a 100,000-line log is 19 MB: ~100 ms a parse on a slow laptop). With a
 * Content-Length it reads through `json()`; the length is only that signal, nothing reads the body by it.
 */
function parsedResponse(parsed: unknown, text: string, init: ResponseInit & { headers: Headers }): Response {
  init.headers.set('Content-Length', String(text.length));
  const response = new Response(null, init);
  response.json = () => Promise.resolve(parsed);
  response.text = () => Promise.resolve(text);
  return response;
}

let opIdCounter = 0;

/** Unique enough to find one request in the service's logs; crypto.randomUUID is absent on plain-http hosts. */
function newOpId(): string {
  opIdCounter = (opIdCounter + 1) % 1_000_000;
  return `vdkd-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${opIdCounter}`;
}

/** openapi-fetch resolves `{data, error}`; the sender already threw for errors, so data is what is left. */
export async function unwrap<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data } = await promise;
  return data as T;
}

/** The id is the last path segment of the `Location` header of a 201/202 (how VDK's own tests read it). */
export function idFromLocation(response: Response): string | undefined {
  const location = response.headers.get('Location');
  if (!location) return undefined;
  const segment = new URL(location, 'http://placeholder').pathname.split('/').filter(Boolean).pop();
  return segment ? decodeURIComponent(segment) : undefined;
}
