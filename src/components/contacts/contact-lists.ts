import type { DataJobContacts } from '@/api/types';

/** The four notification lists of a job, in the order a reader thinks of them (job page and Create job). */
export const CONTACT_LISTS = [
  { field: 'notified_on_job_deploy', label: 'On deploy' },
  { field: 'notified_on_job_success', label: 'On success' },
  { field: 'notified_on_job_failure_user_error', label: 'On user error' },
  { field: 'notified_on_job_failure_platform_error', label: 'On platform error' },
] as const satisfies readonly { field: keyof DataJobContacts; label: string }[];

/** Under every list, in Create job and on the job page alike. */
export const CONTACTS_HELP = 'E-mail addresses, one per line or separated by commas.';

export type ContactField = (typeof CONTACT_LISTS)[number]['field'];

// The service stores each list `;`-joined (docs/api-reference.md §8), so `;` can never be part of an address.
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** Addresses separated by new lines, commas, semicolons or spaces. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function invalidAddresses(addresses: string[]): string[] {
  return addresses.filter((address) => !EMAIL.test(address));
}

/** The message shown under a list with bad entries, or undefined when every entry is an address. */
export function checkAddresses(text: string): string | undefined {
  const invalid = invalidAddresses(splitAddresses(text));
  return invalid.length > 0 ? `Not an e-mail address: ${invalid.join(', ')}` : undefined;
}

export const joinAddresses = (addresses: readonly string[] | undefined) => (addresses ?? []).join('\n');
