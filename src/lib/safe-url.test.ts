import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://git.example.com/jobs/tree/main/ingest')).toBe(
      'https://git.example.com/jobs/tree/main/ingest',
    );
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses scripts, data, relative and garbage', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHttpUrl('/relative/path')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
    expect(safeHttpUrl('')).toBeUndefined();
  });
});
