import { describe, expect, it } from 'vitest';
import { countOf, formatNumber, pluralize } from './words';

const PROPERTY = { one: 'property', other: 'properties' };

describe('words', () => {
  it('counts with one number format and the right plural', () => {
    expect(countOf(1000, 'job')).toBe('1,000 jobs');
    expect(countOf(10_000, 'execution')).toBe('10,000 executions');
    expect(countOf(1, 'job')).toBe('1 job');
    expect(countOf(0, 'contact')).toBe('0 contacts');
    expect(countOf(3, PROPERTY)).toBe('3 properties');
    expect(countOf(1, PROPERTY)).toBe('1 property');
  });

  it('gives the noun alone and the number alone', () => {
    expect(pluralize(2, PROPERTY)).toBe('properties');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });
});
