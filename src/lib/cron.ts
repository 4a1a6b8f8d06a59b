/**
 * VDK schedules: 5-field UNIX cron evaluated in UTC by a Kubernetes CronJob (docs/api-reference.md §8).
 * The Control Service does not validate them; a bad one fails later, at deploy. So the UI explains
 * problems up front, in words.
 *
 * cronstrue humanises, croner computes next runs. Run times are instants (Date); formatting them in
 * the chosen time zone is `lib/time.ts`'s job.
 */
import { Cron } from 'croner';
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

const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week'] as const;

export type CronCheck = { ok: true; expression: string } | { ok: false; reason: string };

/** `@daily` → `0 0 * * *`; whitespace collapsed. Other input is returned trimmed. */
export function expandCronMacro(expression: string): string {
  const trimmed = expression.trim().replace(/\s+/g, ' ');
  return MACROS[trimmed.toLowerCase()] ?? trimmed;
}

function unsupportedByKubernetes(fields: string[]): string | undefined {
  const [, , dayOfMonth = '', , dayOfWeek = ''] = fields;
  if (/[LW]/i.test(dayOfMonth) || /[L#]/i.test(dayOfWeek)) {
    return 'L, W and # are not supported by Kubernetes CronJobs, which run VDK schedules.';
  }
  return undefined;
}

/** Turns croner's parser messages into a sentence that names the field. */
function explainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
  const badValue = /Invalid value for (\w+): (.+)$/.exec(message);
  if (badValue) {
    const field = badValue[1] === 'dayOfWeek' ? 'day of week' : badValue[1] === 'day' ? 'day of month' : badValue[1];
    return `The ${field} field has a value out of range (${badValue[2]}).`;
  }
  const entry = /configuration entry (\d+) \((.*)\) contains illegal characters/.exec(message);
  if (entry) {
    const field = FIELD_NAMES[Number(entry[1]) - 1] ?? 'a';
    return `The ${field} field “${entry[2]}” contains characters a cron schedule cannot have.`;
  }
  if (/illegal stepping/i.test(message)) return 'A step (/n) must be a whole number of 1 or more.';
  return `Not a valid cron schedule: ${message}`;
}

function compile(expression: string): Cron {
  return new Cron(expression, { timezone: 'UTC', mode: '5-part', paused: true });
}

/** Validates a VDK schedule; on failure `reason` says what is wrong in plain words. */
export function checkCron(input: string | null | undefined): CronCheck {
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
  const unsupported = unsupportedByKubernetes(fields);
  if (unsupported) return { ok: false, reason: unsupported };
  let cron: Cron;
  try {
    cron = compile(expression);
  } catch (error) {
    return { ok: false, reason: explainParseError(error) };
  }
  if (cron.nextRun(new Date()) === null) {
    return { ok: false, reason: 'This schedule never runs (no date matches it, e.g. 31 February).' };
  }
  return { ok: true, expression };
}

/** "At 02:00, Monday through Friday" (times in UTC, 24-hour clock); undefined when invalid. */
export function describeCron(input: string | null | undefined): string | undefined {
  const check = checkCron(input);
  if (!check.ok) return undefined;
  try {
    return cronstrue.toString(check.expression, { use24HourTimeFormat: true, throwExceptionOnParseError: true });
  } catch {
    return undefined;
  }
}

/** The next `count` run instants after `from` (default now); [] when the schedule is invalid. */
export function nextCronRuns(input: string | null | undefined, count: number, from: Date = new Date()): Date[] {
  const check = checkCron(input);
  if (!check.ok || count <= 0) return [];
  return compile(check.expression).nextRuns(count, from);
}
