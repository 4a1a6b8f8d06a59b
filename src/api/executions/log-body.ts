/**
 * Reads the logs endpoint's body, `{"logs": "<the whole log>"}`, as it arrives: the log's lines come out while the
 * rest of the body is still downloading, so a 100,000-line log (19 MB of JSON) shows its first screen at once instead
 * of after the download and one long `JSON.parse`. No kept library streams the *contents* of one JSON string value
 * (@streamparser/json emits a string when it is complete, or its whole prefix again on every chunk), hence this small
 * decoder of one string value. A body of any other shape (other keys before `logs`) is read whole and parsed at the
 * end, so the answer is the same; what is not JSON fails as malformed.
 */

/** Lines as in `splitLogLines`: "\n" ends a line, a last line needs none, a "\r" before "\n" is dropped. */
export interface LogBodyDecoder {
  /** Decodes the next piece of body text; returns the lines it completed. */
  push(text: string): string[];
  /** The body ended: returns the last lines. Throws a SyntaxError when the body was not the JSON it should be. */
  end(): string[];
}

const OPENING = /^\s*\{\s*"logs"\s*:\s*"/;
/** The longest text that may still grow into OPENING (whitespace aside): `{"logs":"`. */
const OPENING_SIGNIFICANT_CHARS = 9;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

type Mode = 'opening' | 'string' | 'closing' | 'whole';

export function createLogBodyDecoder(): LogBodyDecoder {
  let mode: Mode = 'opening';
  /** Text not decoded yet: the opening so far, an escape cut by the end of a piece, the closing, or a whole body. */
  let pending = '';
  /** The current line's text so far (its end has not arrived). */
  let line = '';

  const linesOf = (decoded: string): string[] => {
    if (decoded === '') return [];
    const parts = (line + decoded).split('\n');
    line = parts.pop()!;
    return parts.map(withoutCr);
  };

  /** Decodes `pending` from the string's contents; stops before an escape that is not complete yet. */
  const decodeString = (): string[] => {
    const text = pending;
    let out = '';
    let at = 0;
    // Where the next quote is, looked up again only once passed: a piece holds hundreds of escapes and maybe no quote.
    let quote = text.indexOf('"');
    while (at < text.length) {
      if (quote !== -1 && quote < at) quote = text.indexOf('"', at);
      const backslash = text.indexOf('\\', at);
      if (backslash === -1 || (quote !== -1 && quote < backslash)) {
        if (quote === -1) {
          out += text.slice(at);
          at = text.length;
          break;
        }
        out += text.slice(at, quote);
        mode = 'closing';
        pending = text.slice(quote + 1);
        return [...linesOf(out), ...checkClosing()];
      }
      out += text.slice(at, backslash);
      const kind = text[backslash + 1];
      if (kind === undefined) {
        at = backslash;
        break;
      }
      if (kind === 'u') {
        const hex = text.slice(backslash + 2, backslash + 6);
        if (hex.length < 4) {
          at = backslash;
          break;
        }
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxError(`Bad \\u escape in the log: \\u${hex}`);
        out += String.fromCharCode(parseInt(hex, 16));
        at = backslash + 6;
      } else {
        const char = ESCAPES[kind];
        if (char === undefined) throw new SyntaxError(`Bad escape in the log: \\${kind}`);
        out += char;
        at = backslash + 2;
      }
    }
    pending = text.slice(at);
    return linesOf(out);
  };

  /** After the string: only whitespace and the object's end (or more members, which are not read) may follow. */
  const checkClosing = (): string[] => {
    const rest = pending.trimStart();
    if (rest !== '' && rest[0] !== '}' && rest[0] !== ',') throw new SyntaxError('Unexpected text after the log');
    return [];
  };

  const push = (text: string): string[] => {
    if (mode === 'whole' || mode === 'closing') {
      pending += text;
      return mode === 'closing' ? checkClosing() : [];
    }
    pending += text;
    if (mode === 'opening') {
      const opening = OPENING.exec(pending);
      if (!opening) {
        // Not (yet) `{"logs":"`: wait for more while it may still become that, else read the body whole.
        if (pending.replace(/\s+/g, '').length >= OPENING_SIGNIFICANT_CHARS) mode = 'whole';
        return [];
      }
      mode = 'string';
      pending = pending.slice(opening[0].length);
    }
    return decodeString();
  };

  const finish = (): string[] => {
    const last = line === '' ? [] : [withoutCr(line)];
    line = '';
    return last;
  };

  const end = (): string[] => {
    if (mode === 'string') throw new SyntaxError('The log ended before its closing quote');
    if (mode === 'closing') {
      if (!pending.trimEnd().endsWith('}')) throw new SyntaxError('The body ended before its closing brace');
      return finish();
    }
    if (pending.trim() === '') return [];
    // Another shape than `{"logs":"…`: the body is complete now; parse it and split its log.
    const body = JSON.parse(pending) as { logs?: unknown } | null;
    pending = '';
    mode = 'closing';
    return [...linesOf(typeof body?.logs === 'string' ? body.logs : ''), ...finish()];
  };

  return { push, end };
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
