import { describe, expect, it } from 'vitest';
import { choiceWithColumn, visibleColumnIds, type TableColumn } from './table-columns';

type Id = 'name' | 'status' | 'message' | 'version' | 'actions';
const columns: TableColumn<Id>[] = [
  { id: 'name', label: 'Name', defaultVisible: true, required: true },
  { id: 'status', label: 'Status', defaultVisible: true },
  { id: 'message', label: 'Message', defaultVisible: true, fromWidth: 1440 },
  { id: 'version', label: 'Version', defaultVisible: false },
  { id: 'actions', label: 'Actions', defaultVisible: true, required: true },
];
const ids = (set: Set<string>) => [...set].sort();

describe('table columns', () => {
  it('steps lower-priority columns out below their width, and shows them from it on', () => {
    expect(ids(visibleColumnIds(columns, undefined, 1280))).toEqual(['actions', 'name', 'status']);
    expect(ids(visibleColumnIds(columns, undefined, 1440))).toEqual(['actions', 'message', 'name', 'status']);
  });

  it('keeps a column the user brought back on a narrow screen, at every width', () => {
    const choice = choiceWithColumn(columns, undefined, 'message', true);
    expect(choice).toEqual({ hidden: [], shown: ['message'] });
    expect(visibleColumnIds(columns, choice, 1024).has('message')).toBe(true);
    const hidden = choiceWithColumn(columns, choice, 'message', false);
    expect(hidden).toEqual({ hidden: ['message'], shown: [] });
    expect(visibleColumnIds(columns, hidden, 1920).has('message')).toBe(false);
  });

  it('shows a column a later release adds to a user who customised their columns', () => {
    const choice = choiceWithColumn(columns, undefined, 'status', false);
    const later = [...columns, { id: 'owner', label: 'Owner', defaultVisible: true }] as TableColumn<Id | 'owner'>[];
    const shown = visibleColumnIds(later, choice, 1440);
    expect(shown.has('owner')).toBe(true);
    expect(shown.has('status')).toBe(false);
  });

  it('honours the visible list an older release stored, and keeps required columns', () => {
    const legacy = { visible: ['version', 'dropped-column'] };
    expect(ids(visibleColumnIds(columns, legacy, 1440))).toEqual(['actions', 'name', 'version']);
    expect(choiceWithColumn(columns, legacy, 'status', true)).toEqual({
      hidden: ['message'],
      shown: ['version', 'status'],
    });
  });

  it('ignores hidden required columns and names of removed columns', () => {
    const shown = visibleColumnIds(columns, { hidden: ['name', 'actions', 'gone'], shown: ['also-gone'] }, 1440);
    expect(shown).toEqual(visibleColumnIds(columns, undefined, 1440));
  });
});
