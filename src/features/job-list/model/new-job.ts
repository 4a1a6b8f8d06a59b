/**
 * The "Create job" form as plain data: what the user typed, what is wrong with it in words, and
 * the DataJob the service receives. The rules are the service's own (docs/api-reference.md §2.1, §8).
 */
import type { DataJob, DataJobContacts } from '@/api/types';
import { CONTACT_LISTS, checkAddresses, type ContactField, splitAddresses } from '@/components/contacts/contact-lists';
import { checkCron, expandCronMacro } from '@/lib/cron';

export interface NewJobForm {
  name: string;
  team: string;
  description: string;
  schedule: string;
  contacts: Record<ContactField, string>;
}

export const emptyNewJob = (team: string): NewJobForm => ({
  name: '',
  team,
  description: '',
  schedule: '',
  contacts: {
    notified_on_job_failure_user_error: '',
    notified_on_job_failure_platform_error: '',
    notified_on_job_success: '',
    notified_on_job_deploy: '',
  },
});

export const JOB_NAME_RULE =
  '6–50 characters: lowercase letters, digits and dashes, starting with a letter. Unique across all teams.';
const JOB_NAME = /^[a-z][a-z0-9-]{5,49}$/;

/** Undefined when the name is valid; otherwise the part of the rule it breaks. */
export function checkJobName(name: string): string | undefined {
  if (JOB_NAME.test(name)) return undefined;
  if (name === '') return 'A name is required.';
  if (!/^[a-z]/.test(name)) return 'The name must start with a lowercase letter (a–z).';
  const bad = [...new Set(name.replace(/[a-z0-9-]/g, ''))];
  if (bad.length > 0) {
    const shown = bad.map((c) => (c === ' ' ? 'space' : `“${c}”`)).join(', ');
    return `Only lowercase letters, digits and dashes are allowed (not ${shown}).`;
  }
  if (name.length < 6) return `At least 6 characters (now ${name.length}).`;
  return `At most 50 characters (now ${name.length}).`;
}

export type NewJobErrors = Partial<Record<'name' | 'team' | 'schedule' | ContactField, string>>;

export function checkNewJob(form: NewJobForm): NewJobErrors {
  const errors: NewJobErrors = {};
  const name = checkJobName(form.name);
  if (name) errors.name = name;
  const team = form.team.trim();
  if (team === '') errors.team = 'A team is required.';
  // Browsers resolve "." and ".." out of URL paths, so such a team could never be addressed.
  else if (team === '.' || team === '..') errors.team = `“${team}” cannot be a team name: it is not a path segment.`;
  if (form.schedule.trim() !== '') {
    const schedule = checkCron(form.schedule);
    if (!schedule.ok) errors.schedule = schedule.reason;
  }
  for (const { field } of CONTACT_LISTS) {
    const problem = checkAddresses(form.contacts[field]);
    if (problem) errors[field] = problem;
  }
  return errors;
}

/** The body of POST /data-jobs/for-team/{team}/jobs, with the service's defaults for what the form does not ask. */
export function toDataJob(form: NewJobForm): DataJob {
  const contacts = Object.fromEntries(
    CONTACT_LISTS.map(({ field }) => [field, splitAddresses(form.contacts[field])]),
  ) as Required<DataJobContacts>;
  // Sent expanded: the service computes next runs with a 5-field parser that does not know `@daily`.
  const cron = form.schedule.trim() === '' ? '' : expandCronMacro(form.schedule);
  return {
    job_name: form.name,
    team: form.team.trim(),
    description: form.description.trim(),
    config: {
      ...(cron ? { schedule: { schedule_cron: cron } } : {}),
      contacts,
      generate_keytab: true,
      enable_execution_notifications: true,
      notification_delay_period_minutes: 240,
    },
  };
}
