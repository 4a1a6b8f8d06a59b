import { describe, expect, it } from 'vitest';
import { splitLogLines } from '../../lib/log-index';
import { createLogBodyDecoder } from './log-body';

/** Feeds `body` in pieces cut at `cuts` and returns every line the decoder gave. */
function decode(body: string, cuts: number[]): string[] {
  const decoder = createLogBodyDecoder();
  const lines: string[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    lines.push(...decoder.push(body.slice(from, cut)));
    from = cut;
  }
  return [...lines, ...decoder.end()];
}

const LOGS = [
  '',
  '\n',
  'one line',
  'one line\n',
  'a\nb\n\nc',
  'crlf\r\nlines\r\n',
  'quotes "inside" and \\ backslashes \\n not a newline',
  'tabs\tand \u0001 controls\n[ERROR] Traceback (most recent call last):\n  File "x.py"',
  'unicode: é ü 😀 日本\nend',
];

describe('createLogBodyDecoder', () => {
  it('gives the lines of the log whatever the pieces the body arrives in', () => {
    for (const logs of LOGS) {
      const body = JSON.stringify({ logs });
      const expected = splitLogLines(logs);
      for (let cut = 0; cut <= body.length; cut += 1) {
        expect(decode(body, [cut]), `${JSON.stringify(logs)} cut at ${cut}`).toEqual(expected);
      }
      expect(
        decode(
          body,
          Array.from({ length: body.length }, (_, i) => i),
        ),
      ).toEqual(expected);
    }
  });

  it('decodes every JSON escape, \\u escapes and surrogate pairs cut anywhere', () => {
    const body = '{ "logs" : "\\u00e9t\\u00C9 \\ud83d\\ude00 \\/path\\b\\f\\r\\n\\"q\\" \\\\ end" }';
    const expected = splitLogLines(JSON.parse(body).logs as string);
    for (let cut = 0; cut <= body.length; cut += 1) expect(decode(body, [cut])).toEqual(expected);
    expect(expected).toEqual(['étÉ 😀 /path\b\f', '"q" \\ end']);
  });

  it('reads a body of another shape whole: other members first, no log, an empty body', () => {
    expect(decode('{"status": "ok", "logs": "a\\nb"}', [3, 10])).toEqual(['a', 'b']);
    expect(decode('{"logs": null}', [2])).toEqual([]);
    expect(decode('{}', [])).toEqual([]);
    expect(decode('', [])).toEqual([]);
    expect(decode('{"logs": "a\\nb", "more": [1]}', [12])).toEqual(['a', 'b']);
  });

  it('fails on a body that is not the JSON it should be', () => {
    expect(() => decode('{"logs": "cut short', [5])).toThrow(SyntaxError);
    expect(() => decode('{"logs": "a"', [])).toThrow(SyntaxError);
    expect(() => decode('{"logs": "a" x}', [])).toThrow(SyntaxError);
    expect(() => decode('{"logs": "bad \\x escape"}', [])).toThrow(SyntaxError);
    expect(() => decode('{"logs": "bad \\u12g4"}', [])).toThrow(SyntaxError);
    expect(() => decode('<html>proxy error</html>', [])).toThrow(SyntaxError);
  });

  it('keeps a long log linear: a megabyte of escapes in one piece decodes at once', () => {
    const logs = Array.from({ length: 20_000 }, (_, i) => `line ${i} with "quotes" and a \t tab`).join('\n');
    const started = performance.now();
    expect(decode(JSON.stringify({ logs }), [])).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
