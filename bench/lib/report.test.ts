import { describe, expect, it } from 'vitest';
import { evaluate, ratios, renderCauses, renderTable } from './report';

describe('benchmark report', () => {
  it('says by how much a goal was missed, and marks figures that could not be measured', () => {
    const met = evaluate({ id: 'a', label: 'first rows', unit: 'ms', values: [900, 800, 1000], goal: 1000 });
    const missed = evaluate({ id: 'b', label: 'bytes', unit: 'bytes', values: [160_000], goal: 150_000 });
    const skipped = evaluate({ id: 'c', label: 'log', unit: 'ms', values: [], skipped: 'no such log' });
    const table = renderTable([met, missed, skipped]);
    expect(met.goalMet).toBe(true);
    expect(missed.goalMet).toBe(false);
    expect(table).toContain('missed by 10,000');
    expect(table).toContain('not measured: no such log');
    expect(table).toMatch(/first rows \(ms\)\s+900\s+800 – 1000\s+3/);
  });

  it('compares medians of figures both dashboards measured', () => {
    const ours = [evaluate({ id: 'x', label: 'first rows', unit: 'ms', values: [500] })];
    const theirs = [evaluate({ id: 'x', label: 'first rows', unit: 'ms', values: [2000] })];
    expect(ratios(ours, theirs)).toEqual(['first rows: ours/theirs = 0.25']);
  });

  it('lists what ran in the longest tasks, runs with the same cause together', () => {
    const longest = evaluate({
      id: 'home.longest-task',
      label: 'team home: longest task',
      unit: 'ms',
      values: [99, 105, 90],
      causes: [
        'module-script index.js 80 ms',
        'rendering (style, layout, paint) 60 ms',
        'module-script index.js 80 ms',
      ],
    });
    const bytes = evaluate({ id: 'b', label: 'bytes', unit: 'bytes', values: [160_000] });
    expect(renderCauses([bytes, longest]).split('\n')).toEqual([
      'What ran in the longest tasks (per run):',
      'team home: longest task:',
      '  99, 90 ms: module-script index.js 80 ms',
      '  105 ms: rendering (style, layout, paint) 60 ms',
    ]);
    expect(renderCauses([bytes])).toBe('');
  });
});
