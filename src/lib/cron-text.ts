/**
 * Cron schedules in words, without a scheduler library: cronstrue only, so the job list can
 * describe every row's schedule without loading croner (see cron.ts for validation with next
 * runs). VDK schedules are 5-field UNIX cron evaluated in UTC by a Kubernetes CronJob
 * (docs/api-reference.md §8); the Control Service does not validate them.
 */
import cronstrue from 'cronstrue';

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

export const CRON_FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week'] as const;

export type CronSyntaxCheck = { ok: true; expression: string } | { ok: false; reason: string };
export type CronDescription = { ok: true; expression: string; text: string } | { ok: false; reason: string };

/** `@daily` → `0 0 * * *`; whitespace collapsed. Other input is returned trimmed. */
export function expandCronMacro(expression: string): string {
  const trimmed = expression.trim().replace(/\s+/g, ' ');
  return MACROS[trimmed.toLowerCase()] ?? trimmed;
}

/** The checks that need no parser: empty, macros, field count, syntax Kubernetes rejects. */
export function checkCronSyntax(input: string | null | undefined): CronSyntaxCheck {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, reason: 'The schedule is empty.' };
  if (raw.startsWith('@') && !(raw.toLowerCase() in MACROS)) {
    return { ok: false, reason: `“${raw}” is not supported. Use @hourly, @daily, @weekly, @monthly or @yearly.` };
  }
  const expression = expandCronMacro(raw);
  const fields = expression.split(' ');
  if (fields.length !== 5) {
    return {
      ok: false,
      reason: `A schedule has 5 fields (minute hour day-of-month month day-of-week); this one has ${fields.length}.`,
    };
  }
  const [, , dayOfMonth = '', , dayOfWeek = ''] = fields;
  if (/[LW]/i.test(dayOfMonth) || /[L#]/i.test(dayOfWeek)) {
    return { ok: false, reason: 'L, W and # are not supported by Kubernetes CronJobs, which run VDK schedules.' };
  }
  return { ok: true, expression };
}

const CRONSTRUE_FIELDS: Record<string, string> = {
  minutes: 'minute',
  hours: 'hour',
  DOM: 'day of month',
  month: 'month',
  DOW: 'day of week',
};

function explainCronstrueError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const range = /(\w+) part must be >= (\d+) and <= (\d+)/.exec(message);
  if (range) {
    const field = CRONSTRUE_FIELDS[range[1] ?? ''] ?? range[1];
    return `The ${field} field has a value out of range (allowed: ${range[2]}–${range[3]}).`;
  }
  if (/step value/i.test(message)) return 'A step (/n) must be a whole number of 1 or more.';
  const invalid = /invalid values: '(.*)'/.exec(message);
  if (invalid) return `“${invalid[1]}” is not a valid cron value.`;
  return `Not a valid cron schedule: ${message.replace(/^Error:\s*/, '')}`;
}

/** "At 09:00, Monday through Friday" (UTC, 24-hour clock), or the reason it cannot be read. */
export function describeCronSchedule(input: string | null | undefined): CronDescription {
  const syntax = checkCronSyntax(input);
  if (!syntax.ok) return syntax;
  try {
    const text = cronstrue.toString(syntax.expression, { use24HourTimeFormat: true, throwExceptionOnParseError: true });
    return { ok: true, expression: syntax.expression, text };
  } catch (error) {
    return { ok: false, reason: explainCronstrueError(error) };
  }
}

/** The schedule in words, or undefined when it is not valid. */
export function describeCron(input: string | null | undefined): string | undefined {
  const description = describeCronSchedule(input);
  return description.ok ? description.text : undefined;
}
