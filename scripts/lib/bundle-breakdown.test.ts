import { describe, expect, it } from 'vitest';
import { breakdown, groupOf } from './bundle-breakdown';

describe('groupOf', () => {
  it('counts a module toward its npm package, scoped or not', () => {
    expect(groupOf('../../node_modules/@mui/material/Button/Button.mjs')).toBe('@mui/material');
    expect(groupOf('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
  });

  it('counts app code toward its folder, two levels under src', () => {
    expect(groupOf('../../src/features/job-list/pages/jobs-page.tsx')).toBe('src/features/job-list');
    expect(groupOf('../../src/main.tsx')).toBe('src');
    expect(groupOf('../../src/main.tsx', true)).toBe('src/main.tsx');
  });
});

describe('breakdown', () => {
  it('gives each source the bytes its mappings cover, and unmapped bytes to the bundler', () => {
    // Line 1: column 0 on is a.js ("AAAA"), column 1 on is b.js ("CCAA"). Line 2 is marked as generated ("A").
    const map = { version: 3 as const, sources: ['a.js', 'b.js'], names: [], mappings: 'AAAA,CCAA;A' };
    const shares = breakdown('xyyy\nzz', map);
    const bytes = Object.fromEntries(shares.map((share) => [share.group, share.bytes]));
    expect(bytes).toEqual({
      'a.js': 1,
      'b.js': 4,
      '(bundler glue: chunk imports, preload lists, CommonJS wrappers)': 2,
    });
  });
});
