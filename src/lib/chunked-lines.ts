/** What reading lines needs: a `ChunkedLines` or a plain array. */
export interface LineList {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * Lines kept as the pieces they arrived in. Appending a piece copies no line: a 100,000-line log read in batches of
 * 5,000 copied every line it had at each batch (an array of up to 800 KB, which the garbage collector then marked and
 * moved), in the task that received the batch. Each value is immutable: `append` returns a new one sharing the pieces.
 * Two are equal (`toEqual`) when they hold the same lines, however they were cut: they compare as iterables.
 */
export class ChunkedLines implements LineList, Iterable<string> {
  static readonly EMPTY = new ChunkedLines([], [0]);

  readonly #chunks: readonly (readonly string[])[];
  /** Where each chunk starts, and after the last one the line count. */
  readonly #starts: readonly number[];
  /** The chunk the last `at` found: lines are mostly read in order, so the next one is usually in it. */
  #lastChunk = 0;

  private constructor(chunks: readonly (readonly string[])[], starts: readonly number[]) {
    this.#chunks = chunks;
    this.#starts = starts;
  }

  get length(): number {
    return this.#starts[this.#starts.length - 1]!;
  }

  /** These lines followed by `lines`, which are kept, not copied: they must not change afterwards. */
  append(lines: readonly string[]): ChunkedLines {
    if (lines.length === 0) return this;
    return new ChunkedLines([...this.#chunks, lines], [...this.#starts, this.length + lines.length]);
  }

  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const chunk = this.#chunkOf(index);
    return this.#chunks[chunk]![index - this.#starts[chunk]!];
  }

  join(separator: string): string {
    return this.#chunks.map((chunk) => chunk.join(separator)).join(separator);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const chunk of this.#chunks) yield* chunk;
  }

  #chunkOf(index: number): number {
    const starts = this.#starts;
    const cached = this.#lastChunk;
    if (starts[cached]! <= index && index < starts[cached + 1]!) return cached;
    let low = 0;
    let high = this.#chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    this.#lastChunk = low;
    return low;
  }
}
