import { describe, expect, it } from 'vitest';
import type { DataJob } from '@/api/types';
import { jobChanges } from './job-changes';

const job: DataJob = {
  job_name: 'ingest-sales',
  team: 'analytics',
  description: 'Loads sales',
  config: {
    schedule: { schedule_cron: '0 1 * * *' },
    contacts: { notified_on_job_deploy: ['a@x.com'], notified_on_job_success: [] },
    generate_keytab: true,
    enable_execution_notifications: true,
    notification_delay_period_minutes: 240,
  },
};

describe('jobChanges', () => {
  it('names each field that differs, in words', () => {
    const other: DataJob = {
      ...job,
      config: {
        ...job.config,
        schedule: { schedule_cron: '15 3 * * *' },
        contacts: { ...job.config.contacts, notified_on_job_deploy: [] },
      },
    };
    expect(jobChanges(job, other)).toEqual([
      { label: 'Schedule', before: '0 1 * * *', after: '15 3 * * *' },
      { label: 'Contacts: on deploy', before: 'a@x.com', after: '(none)' },
    ]);
  });

  it('finds nothing between equal jobs', () => {
    expect(jobChanges(job, structuredClone(job))).toEqual([]);
  });
});
