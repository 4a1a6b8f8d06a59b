import { describe, expect, it } from 'vitest';
import { exportPresets, importPresets, RECENT_KEPT, withPreset, withoutPreset, withRecent } from './argument-presets';

describe('argument presets', () => {
  it('saves, edits by name and deletes presets, kept in name order', () => {
    let presets = withPreset([], { name: 'full reload', args: { full: true } });
    presets = withPreset(presets, { name: 'daily', args: { date: '2026-12-01' } });
    presets = withPreset(presets, { name: 'full reload', args: { full: false } });
    expect(presets).toEqual([
      { name: 'daily', args: { date: '2026-12-01' } },
      { name: 'full reload', args: { full: false } },
    ]);
    expect(withoutPreset(presets, 'daily').map((preset) => preset.name)).toEqual(['full reload']);
  });

  it('exports to JSON and imports it back', () => {
    const presets = [{ name: 'daily', args: { date: '2026-12-01', nested: { a: [1] } } }];
    expect(importPresets(exportPresets('ingest-sales', presets))).toEqual({ ok: true, presets });
  });

  it('refuses a file that is not JSON or not presets, saying where', () => {
    expect(importPresets('{')).toEqual({ ok: false, message: 'The file is not JSON.' });
    const wrong = importPresets(JSON.stringify({ job: 'x', presets: [{ name: 'a', args: [] }] }));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/^Not a presets file \(at presets\.0\.args\)/);
    expect(importPresets(JSON.stringify({ job: 'x', presets: [{ name: '  ', args: {} }] }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('A preset needs a name.'),
    });
  });

  it('keeps the newest runs’ arguments, once per run', () => {
    let recent = withRecent([], { executionId: 'r-0', args: {}, at: 0 });
    for (let index = 1; index <= RECENT_KEPT + 2; index += 1) {
      recent = withRecent(recent, { executionId: `r-${index}`, args: { index }, at: index });
    }
    recent = withRecent(recent, { executionId: 'r-12', args: { again: true }, at: 99 });
    expect(recent).toHaveLength(RECENT_KEPT);
    expect(recent[0]).toEqual({ executionId: 'r-12', args: { again: true }, at: 99 });
    expect(recent.filter((entry) => entry.executionId === 'r-12')).toHaveLength(1);
  });
});
