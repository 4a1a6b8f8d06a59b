import { describe, expect, it } from 'vitest';
import { columnChoiceFor, columnsFor, visibleColumnIds, type JobColumn } from './jobs-columns';

const columns = columnsFor(false);
const defaults = visibleColumnIds(columns, undefined);

describe('job list columns', () => {
  it('stores only what the user changed from the defaults', () => {
    const visible = new Set(defaults);
    visible.delete('description');
    visible.add('python');
    expect(columnChoiceFor(columns, visible)).toEqual({ hidden: ['description'], shown: ['python'] });
    expect(columnChoiceFor(columns, defaults)).toEqual({ hidden: [], shown: [] });
  });

  it('shows a column a later release adds to a user who customised their columns', () => {
    const visible = new Set(defaults);
    visible.delete('description');
    const choice = columnChoiceFor(columns, visible);
    const later: JobColumn[] = [...columns, { id: 'owner' as JobColumn['id'], label: 'Owner', defaultVisible: true }];
    const shown = visibleColumnIds(later, choice);
    expect(shown.has('owner' as JobColumn['id'])).toBe(true);
    expect(shown.has('description')).toBe(false);
  });

  it('round-trips a choice', () => {
    const visible = new Set(defaults);
    visible.delete('recent');
    visible.add('contacts');
    expect(visibleColumnIds(columns, columnChoiceFor(columns, visible))).toEqual(visible);
  });

  it('honours the visible list an older release stored, and keeps required columns', () => {
    const shown = visibleColumnIds(columns, { visible: ['last_run', 'python', 'dropped-column'] });
    expect([...shown].sort()).toEqual(['actions', 'last_run', 'name', 'python']);
  });

  it('ignores hidden required columns and names of removed columns', () => {
    const shown = visibleColumnIds(columns, { hidden: ['name', 'actions', 'gone'], shown: ['also-gone'] });
    expect(shown).toEqual(defaults);
  });
});
