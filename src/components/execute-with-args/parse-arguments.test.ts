import { describe, expect, it } from 'vitest';
import { argumentsText, parseArguments } from './parse-arguments';

describe('execution arguments', () => {
  it('treats empty text and an empty object as no arguments', () => {
    expect(parseArguments('  ')).toEqual({ ok: true, args: undefined });
    expect(parseArguments('{}')).toEqual({ ok: true, args: undefined });
  });

  it('accepts a JSON object', () => {
    expect(parseArguments('{"date": "2026-11-27", "n": 3}')).toEqual({ ok: true, args: { date: '2026-11-27', n: 3 } });
  });

  it('refuses arrays, scalars and null, saying what was given', () => {
    expect(parseArguments('[1]')).toEqual({ ok: false, message: expect.stringContaining('not an array') });
    expect(parseArguments('42')).toEqual({ ok: false, message: expect.stringContaining('not a number') });
    expect(parseArguments('null')).toEqual({ ok: false, message: expect.stringContaining('not null') });
  });

  it('points at the line and column of a syntax error', () => {
    const result = parseArguments('{\n  "a": 1\n  "b": 2}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Not valid JSON: .*\(line 3, column \d+\)$/);
  });

  it('does not repeat the whole input in the message', () => {
    const result = parseArguments('{"a": }');
    expect(result).toEqual({ ok: false, message: "Not valid JSON: Unexpected token '}'" });
  });

  it('formats known arguments for the editor', () => {
    expect(argumentsText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(argumentsText(undefined)).toBe('');
  });
});
