import { describe, expect, it } from 'vitest';
import { shortVersion } from './job-version';

describe('shortVersion', () => {
  it('shortens Git SHAs to eight characters and leaves other names alone', () => {
    expect(shortVersion('9f2c1e7a0b1c2d3e4f')).toBe('9f2c1e7a');
    expect(shortVersion('release')).toBe('release');
    expect(shortVersion(null)).toBe('—');
  });
});
