import { describe, expect, it } from 'vitest';
import { countMatches, escapeRegExp, firstMatchSummary } from './log-facts';

describe('what the log search should find', () => {
  it('counts case-insensitive, non-overlapping occurrences across lines', () => {
    const log = 'WARN Retrying in 2 s\nINFO ok\nWARN retrying, retrying again\naaaa';
    expect(countMatches(log, 'retrying')).toBe(3);
    expect(countMatches(log, 'aa')).toBe(2);
    expect(countMatches(log, 'missing')).toBe(0);
    expect(countMatches(log, '')).toBe(0);
  });

  it('expects the summary of the first of all matches, with thousands separated', () => {
    expect(firstMatchSummary(1_205).test('1 of 1,205')).toBe(true);
    expect(firstMatchSummary(205).test('1 of 2050')).toBe(false);
    expect(firstMatchSummary(205).test('2 of 205')).toBe(false);
  });

  it('searches for a term literally, its regex characters included', () => {
    const pattern = new RegExp(`^${escapeRegExp('a.b (c)[1]\\')}$`);
    expect(pattern.test('a.b (c)[1]\\')).toBe(true);
    expect(pattern.test('axb (c)[1]\\')).toBe(false);
  });
});
