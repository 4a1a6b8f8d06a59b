import type { DataJob } from '@/api/types';
import { CONTACT_LISTS } from '@/components/contacts/contact-lists';

export interface JobFieldChange {
  label: string;
  before: string;
  after: string;
}

const listText = (list: readonly string[] | undefined) => (list?.length ? list.join(', ') : '(none)');
const text = (value: unknown) => (value === undefined || value === null || value === '' ? '(none)' : String(value));

/** The fields a person edits, read from a job as text, so two versions can be compared for a reader. */
function readable(job: DataJob): [string, string][] {
  const config = job.config;
  return [
    ['Description', text(job.description)],
    ['Schedule', text(config.schedule?.schedule_cron)],
    ...CONTACT_LISTS.map(({ field, label }): [string, string] => [
      `Contacts: ${label.toLowerCase()}`,
      listText(config.contacts?.[field]),
    ]),
    ['Generate keytab', text(config.generate_keytab)],
    ['Execution notifications', text(config.enable_execution_notifications)],
    ['Notification delay (minutes)', text(config.notification_delay_period_minutes)],
    ['Default database type', text(config.db_default_type)],
  ];
}

/** What differs between two versions of a job, in words: used to show what someone else changed. */
export function jobChanges(before: DataJob, after: DataJob): JobFieldChange[] {
  const afterFields = new Map(readable(after));
  return readable(before)
    .filter(([label, value]) => afterFields.get(label) !== value)
    .map(([label, value]) => ({ label, before: value, after: afterFields.get(label) ?? '(none)' }));
}
