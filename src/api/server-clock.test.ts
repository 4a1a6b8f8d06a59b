import { afterEach, describe, expect, it } from 'vitest';
import { observeServerDate, serverNow } from './server-clock';

const browser = Date.parse('2026-11-27T12:00:00Z');

describe('server clock', () => {
  afterEach(() => observeServerDate('Fri, 27 Nov 2026 12:00:00 GMT', browser));

  it('follows the service when its Date header is ahead or behind', () => {
    observeServerDate('Fri, 27 Nov 2026 12:09:00 GMT', browser);
    expect(serverNow(browser)).toBe(browser + 9 * 60_000);
    observeServerDate('Fri, 27 Nov 2026 11:59:00 GMT', browser);
    expect(serverNow(browser + 1_000)).toBe(browser - 59_000);
  });

  it('treats a second of difference as rounding, and ignores a missing or broken header', () => {
    observeServerDate('Fri, 27 Nov 2026 12:00:01 GMT', browser + 400);
    expect(serverNow(browser)).toBe(browser);
    observeServerDate('Fri, 27 Nov 2026 12:09:00 GMT', browser);
    observeServerDate(null, browser);
    observeServerDate('yesterday', browser);
    expect(serverNow(browser)).toBe(browser + 9 * 60_000);
  });
});
