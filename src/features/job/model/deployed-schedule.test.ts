import { describe, expect, it } from 'vitest';
import { runOffSavedSchedule } from './deployed-schedule';

const DEPLOYED = '2026-11-27T08:00:00Z';
const scheduled = (startTime: string) => ({ type: 'SCHEDULED', startTime });

describe('runOffSavedSchedule', () => {
  it('finds a scheduled run the saved schedule does not have', () => {
    const runs = [scheduled('2026-11-27T10:15:04Z'), scheduled('2026-11-27T10:00:03Z')];
    expect(runOffSavedSchedule('0 * * * *', runs, DEPLOYED)).toEqual(new Date('2026-11-27T10:15:04Z'));
    // Saved as manual only, yet the deployment still fires.
    expect(runOffSavedSchedule('', runs, DEPLOYED)).toEqual(new Date('2026-11-27T10:15:04Z'));
  });

  it('says nothing when the newest scheduled run fits the saved schedule, or came before the last deploy', () => {
    expect(runOffSavedSchedule('*/15 * * * *', [scheduled('2026-11-27T10:15:04Z')], DEPLOYED)).toBeUndefined();
    expect(runOffSavedSchedule('0 * * * *', [scheduled('2026-11-27T07:15:04Z')], DEPLOYED)).toBeUndefined();
  });

  it('looks only at scheduled runs, and not at all without a deploy time or with an invalid schedule', () => {
    const manual = [{ type: 'MANUAL', startTime: '2026-11-27T10:15:04Z' }];
    expect(runOffSavedSchedule('0 * * * *', manual, DEPLOYED)).toBeUndefined();
    expect(runOffSavedSchedule('0 * * * *', [scheduled('2026-11-27T10:15:04Z')], null)).toBeUndefined();
    expect(runOffSavedSchedule('not a cron', [scheduled('2026-11-27T10:15:04Z')], DEPLOYED)).toBeUndefined();
  });
});
