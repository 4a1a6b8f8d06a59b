import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, MEGABYTE } from '@/testing/hostile-payloads';
import { MESSAGE_LIMIT, normalizeMessage } from './normalize-message';

describe('normalizeMessage', () => {
  it('gives runs that failed the same way on other pods, at other times, one message', () => {
    const a = normalizeMessage('Connection to trino-7f9c2d1 timed out after 30000 ms at 2026-12-01T10:00:00.123Z');
    const b = normalizeMessage('Connection to trino-0a1b2c3d timed out after 45000 ms at 2026-12-02 08:13:09,482');
    expect(a).toBe(b);
    expect(a).toBe('Connection to trino-<id> timed out after <n> ms at <time>');
  });

  it('replaces uuids, paths and numbers and keeps the words', () => {
    expect(
      normalizeMessage('File /job/20_ingest.py line 42: row 17 of 3fa85f64-5717-4562-b3fc-2c963f66afa6 failed'),
    ).toBe('File <path> line <n>: row <n> of <id> failed');
    expect(normalizeMessage('Out of memory error on the K8S pod. Please optimize your data job.')).toBe(
      'Out of memory error on the K8S pod. Please optimize your data job.',
    );
  });

  it('keeps markup as text: normalising never strips or interprets it', () => {
    for (const payload of HOSTILE_PAYLOADS) {
      expect(typeof normalizeMessage(payload)).toBe('string');
    }
    expect(normalizeMessage('<img src=x onerror="alert(1)">')).toBe('<img src=x onerror="alert(<n>)">');
  });

  it('cuts a megabyte message and stays fast on text built to make patterns backtrack', () => {
    const started = performance.now();
    expect(normalizeMessage(MEGABYTE).length).toBe(MESSAGE_LIMIT);
    normalizeMessage('/a'.repeat(500_000));
    normalizeMessage('1.'.repeat(500_000));
    normalizeMessage('a'.repeat(100_000) + '!');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('gives an empty message for none', () => {
    expect(normalizeMessage(null)).toBe('');
    expect(normalizeMessage('   ')).toBe('');
  });
});
