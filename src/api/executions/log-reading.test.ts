import { describe, expect, it } from 'vitest';
import { appendLogBatch, EMPTY_LOG, indexLog, type LogBatch } from '@/lib/log-index';
import { BATCH_LINES, createLogReading, type LogReadingEvent } from './log-reading';

describe('createLogReading', () => {
  it('hands a long piece of the log on in batches the page takes in short tasks, indexed as the whole log', () => {
    const lines = Array.from({ length: BATCH_LINES * 2 + 7 }, (_, i) =>
      i % 1_000 === 0 ? `[ERROR] batch ${i} rejected` : i % 3 === 0 ? `[WARN ] batch ${i}` : `continued ${i}`,
    );
    const events: LogReadingEvent[] = [];
    const reading = createLogReading((event) => events.push(event));
    reading.push(new TextEncoder().encode(JSON.stringify({ logs: `${lines.join('\n')}\n` })));
    reading.end();

    const batches = events.flatMap((event) => (event.type === 'lines' ? [event.batch] : []));
    expect(batches.map((batch) => batch.lines.length)).toEqual([BATCH_LINES, BATCH_LINES, 7]);
    expect(events.at(-1)).toEqual({ type: 'done' });
    const read = batches.reduce((log, batch: LogBatch) => appendLogBatch(log, batch), EMPTY_LOG);
    expect(read).toEqual(indexLog(lines));
  });
});
