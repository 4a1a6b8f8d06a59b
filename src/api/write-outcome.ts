import { type ApiError, isApiError } from './errors';

/**
 * What an error page needs to know about a write whose outcome is unknown (see confirm-write.ts), without the
 * read-back machinery: every page can show such an error, only the pages that write send one.
 */

/** The write may have been carried out although no usable answer came back. */
export function isUncertainWriteFailure(error: unknown): boolean {
  if (!isApiError(error)) return false;
  // A 2xx whose body could not be read was carried out, but what it returned (e.g. an id) is unknown.
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'malformed') return true;
  return error.kind === 'http' && (error.status === 502 || error.status === 504);
}

interface UnknownOutcome {
  action: string;
  howToCheck: string;
  failure: ApiError;
  checkError: unknown;
}

/** Neither the write nor the read-back got an answer: nobody knows yet whether the write happened. */
export class WriteOutcomeUnknownError extends Error {
  readonly action: string;
  readonly howToCheck: string;
  readonly failure: ApiError;
  readonly checkError: unknown;

  constructor({ action, howToCheck, failure, checkError }: UnknownOutcome) {
    const answer = isUncertainWriteFailure(failure)
      ? 'The Control Service did not answer'
      : `The Control Service answered “${failure.message}”, which it also says when this same request already took effect`;
    super(`${answer}, and asking it again failed: it is not known whether ${action} took effect.`, { cause: failure });
    this.name = 'WriteOutcomeUnknownError';
    this.action = action;
    this.howToCheck = howToCheck;
    this.failure = failure;
    this.checkError = checkError;
  }

  /** For a support ticket: both failures with their op ids. */
  toReport(): string {
    const check = isApiError(this.checkError) ? this.checkError.toReport() : String(this.checkError);
    return [`Error: ${this.message}`, '', 'The write:', this.failure.toReport(), '', 'The check:', check].join('\n');
  }
}

export const isOutcomeUnknown = (error: unknown): error is WriteOutcomeUnknownError =>
  error instanceof WriteOutcomeUnknownError;
