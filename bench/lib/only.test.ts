import { describe, expect, it } from 'vitest';
import { parseOnly } from './only';

describe('--only', () => {
  it('runs every scenario by default', () => {
    expect(parseOnly(undefined).size).toBe(10);
  });

  it('takes scenario names and figure numbers, comma-separated', () => {
    expect([...parseOnly('log')]).toEqual(['log']);
    expect([...parseOnly('4')]).toEqual(['history', 'zoom']);
    expect([...parseOnly('1, zoom')]).toEqual(['list', 'zoom']);
  });

  it('names what it accepts when given something else', () => {
    expect(() => parseOnly('logs')).toThrow(
      /"logs" is not a scenario \(list, page-change, .*\) or a figure number 1–10/,
    );
    expect(() => parseOnly('11')).toThrow(/"11"/);
    expect([...parseOnly('8')]).toEqual(['home']);
    expect([...parseOnly('9')]).toEqual(['runs']);
    expect([...parseOnly('10')]).toEqual(['failures']);
    expect(() => parseOnly('log,')).toThrow(/"" is not a scenario/);
  });
});
