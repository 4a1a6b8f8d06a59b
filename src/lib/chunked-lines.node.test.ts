import { describe, expect, it } from 'vitest';
import { ChunkedLines } from './chunked-lines';

describe('ChunkedLines', () => {
  const pieces = [['a', 'b', 'c'], [], ['d'], ['e', 'f']];
  const whole = pieces.flat();
  const lines = pieces.reduce((read, piece) => read.append(piece), ChunkedLines.EMPTY);

  it('reads every line wherever its piece starts, in any order, and nothing outside them', () => {
    expect(lines.length).toBe(6);
    for (const index of [5, 0, 3, 2, 4, 1]) expect(lines.at(index)).toBe(whole[index]);
    expect([-1, 6, 1.5].map((index) => lines.at(index))).toEqual([undefined, undefined, undefined]);
    expect(lines.join('\n')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('leaves each earlier value as it was, and equals the same lines cut otherwise', () => {
    const first = ChunkedLines.EMPTY.append(['a', 'b']);
    const both = first.append(['c']);
    expect([...first]).toEqual(['a', 'b']);
    expect(both).toEqual(ChunkedLines.EMPTY.append(['a']).append(['b', 'c']));
    expect(both).not.toEqual(first);
    expect(ChunkedLines.EMPTY.length).toBe(0);
  });
});
