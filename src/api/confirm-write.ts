import { ApiError, type ApiErrorInit, isApiError, isNotFound } from './errors';
import { isUncertainWriteFailure, WriteOutcomeUnknownError } from './write-outcome';

/**
 * Writes whose answer was lost. A timeout, a dropped connection or a gateway that gave up (502/504)
 * says nothing about whether the Control Service carried the write out: offering "try again" then
 * could create a second job or start a second execution. So before anything is offered, the write's
 * own effect is read back:
 *
 * - it is there: the write succeeded, and the caller gets the result as if the answer had come;
 * - it is not there: `WriteNotDoneError` (an ApiError with the original facts), trying again is safe;
 * - the read fails too: `WriteOutcomeUnknownError`, which says how to check by hand. Never retried.
 *
 * A refusal can hide a success too. A browser resends a request whose reused keep-alive connection
 * died before any answer, POST included (Chromium does, seen in the e2e): the copy is then refused
 * *because* the original took effect (409 for a second create or start, 404 for a second delete).
 * Such statuses are read back as well; when the read shows no effect, the refusal stands as it was.
 *
 * A timed-out write may still land after the read-back said "not there". Trying again stays safe for
 * every write confirmed here: a second create or start is refused (409, then read back as above), and
 * PUT, PATCH and DELETE leave the same state when repeated.
 */

/** What reading the service again showed about the write. */
export type WriteCheck<T> = { happened: true; result: T } | { happened: false };

export const happened = <T>(result: T): WriteCheck<T> => ({ happened: true, result });
export const notHappened: WriteCheck<never> = { happened: false };

export interface ConfirmableWrite<T> {
  /** The write, as a gerund phrase for messages: "creating the job ingest-sales". */
  action: string;
  /** What a person can look at when the service cannot be asked: "Open the job list and look for …". */
  howToCheck: string;
  send: () => Promise<T>;
  /** Refusals a resent copy of this request gets when the original took effect (see above). */
  replayStatuses?: readonly number[];
  /** Reads the service's current state; `failure` carries the lost request's op id. */
  check: (failure: ApiError) => Promise<WriteCheck<T>>;
}

/** Sends the write; when its outcome is uncertain, reads it back before reporting a failure. */
export async function sendConfirmed<T>({
  action,
  howToCheck,
  send,
  replayStatuses = [],
  check,
}: ConfirmableWrite<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const isReplayRefusal = isApiError(error) && error.status !== undefined && replayStatuses.includes(error.status);
    if (!isUncertainWriteFailure(error) && !isReplayRefusal) throw error;
    let outcome: WriteCheck<T>;
    try {
      outcome = await check(error as ApiError);
    } catch (checkError) {
      throw new WriteOutcomeUnknownError({ action, howToCheck, failure: error as ApiError, checkError });
    }
    if (outcome.happened) return outcome.result;
    throw isReplayRefusal ? error : new WriteNotDoneError(error as ApiError, action);
  }
}

/** The write failed and reading back showed it did not take effect: trying again is safe. */
export class WriteNotDoneError extends ApiError {
  constructor(failure: ApiError, action: string) {
    super({ ...initOf(failure), cause: failure });
    this.name = 'WriteNotDoneError';
    this.message = `${failure.message} Checked with the Control Service afterwards: ${action} did not take effect, so trying again is safe.`;
  }
}

/** A read for a check: the thing, or undefined when the service says it does not exist (404). */
export async function readIfExists<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Whether `read` holds everything that was sent. Fields the service adds are ignored; an empty
 * string or list sent may come back as null (the service does not keep empty values apart).
 */
export function holdsSent(sent: unknown, read: unknown): boolean {
  if (isEmpty(sent)) return isEmpty(read) || sameContent(sent, read);
  if (isPlainObject(sent)) {
    if (!isPlainObject(read)) return false;
    return Object.entries(sent).every(([key, value]) => holdsSent(value, read[key]));
  }
  return sameContent(sent, read);
}

/** Equal as JSON, whatever the order of object keys (reads differ in field order). */
export function sameContent(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function initOf(error: ApiError): ApiErrorInit {
  const { kind, status, method, url, opId, what, why, consequences, countermeasures, graphqlMessages, text } = error;
  return { kind, status, method, url, opId, what, why, consequences, countermeasures, graphqlMessages, text };
}
