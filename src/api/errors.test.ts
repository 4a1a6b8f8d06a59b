import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse, isRetryableError } from './errors';

const facts = { method: 'GET', url: 'http://cs/data-jobs/for-team/a/jobs/b', opId: 'op-1' };

describe('errorFromResponse', () => {
  it('keeps every field of the VDK error body and uses `what` as the message', () => {
    const body = JSON.stringify({
      what: 'The Data Job execution is not in running state.',
      why: 'It finished.',
      consequences: 'API call fails with 400.',
      countermeasures: 'Refresh.',
    });
    const error = errorFromResponse({ ...facts, status: 400, body });
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      opId: 'op-1',
      what: 'The Data Job execution is not in running state.',
      why: 'It finished.',
      consequences: 'API call fails with 400.',
      countermeasures: 'Refresh.',
    });
    expect(error.message).toBe('The Data Job execution is not in running state.');
  });

  it.each([
    [404, /not found/i],
    [409, /conflict/i],
    [401, /not signed in|expired/i],
    [403, /access/i],
    [503, /unavailable/i],
  ])('explains an empty %i body in words', (status, message) => {
    const error = errorFromResponse({ ...facts, status, body: '' });
    expect(error.message).toMatch(message);
    expect(error.what).toBeUndefined();
  });

  it('shows the text of a plain-text body (the authorization webhook answers in text)', () => {
    const error = errorFromResponse({ ...facts, status: 403, body: "User 'bob' may not write to team 'analytics'." });
    expect(error.message).toBe("User 'bob' may not write to team 'analytics'.");
    expect(error.text).toBe("User 'bob' may not write to team 'analytics'.");
  });

  it('does not show an HTML error page as the message', () => {
    const error = errorFromResponse({ ...facts, status: 502, body: '<html><body>Bad Gateway</body></html>' });
    expect(error.message).toMatch(/proxy/i);
  });

  it('reads GraphQL errors from a 400', () => {
    const body = JSON.stringify({ errors: [{ message: 'Page cannot be less than 1' }], data: null });
    const error = errorFromResponse({ ...facts, status: 400, body });
    expect(error.graphqlMessages).toEqual(['Page cannot be less than 1']);
    expect(error.message).toBe('Page cannot be less than 1');
  });

  it("uses Spring's default error field for unknown routes", () => {
    const body = JSON.stringify({ timestamp: 'x', status: 405, error: 'Method Not Allowed', path: '/x' });
    expect(errorFromResponse({ ...facts, status: 405, body }).message).toBe('Method Not Allowed');
  });

  it('falls back to the status for JSON that is not an error body', () => {
    expect(errorFromResponse({ ...facts, status: 500, body: '[1,2]' }).message).toMatch(/internal error/i);
  });

  it('produces a support report with the op id and every detail', () => {
    const body = JSON.stringify({ what: 'W', why: 'Y', countermeasures: 'C' });
    const report = errorFromResponse({ ...facts, status: 409, body }).toReport();
    expect(report).toContain('Status: 409');
    expect(report).toContain('Op id (X-OPID): op-1');
    expect(report).toContain('Request: GET http://cs/data-jobs/for-team/a/jobs/b');
    expect(report).toContain('Why: Y');
    expect(report).toContain('Countermeasures: C');
  });
});

describe('human messages for failures without a response', () => {
  it.each([
    ['network', /could not reach/i],
    ['timeout', /did not answer in time/i],
    ['malformed', /could not be read/i],
  ] as const)('%s', (kind, message) => {
    expect(new ApiError({ kind }).message).toMatch(message);
  });
});

describe('isRetryableError', () => {
  it('retries only what trying again can fix', () => {
    expect(isRetryableError(new ApiError({ kind: 'network' }))).toBe(true);
    expect(isRetryableError(new ApiError({ kind: 'timeout' }))).toBe(true);
    expect(isRetryableError(new ApiError({ kind: 'http', status: 503 }))).toBe(true);
    expect(isRetryableError(new ApiError({ kind: 'http', status: 500 }))).toBe(true);
    expect(isRetryableError(new ApiError({ kind: 'http', status: 404 }))).toBe(false);
    expect(isRetryableError(new ApiError({ kind: 'http', status: 501 }))).toBe(false);
    expect(isRetryableError(new ApiError({ kind: 'http', status: 401 }))).toBe(false);
    expect(isRetryableError(new ApiError({ kind: 'malformed', status: 200 }))).toBe(false);
    expect(isRetryableError(new ApiError({ kind: 'graphql' }))).toBe(false);
    expect(isRetryableError(new Error('boom'))).toBe(false);
  });
});
