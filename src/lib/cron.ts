/**
 * Full validation and next run times of VDK schedules, with croner (evaluated in UTC, as the
 * Kubernetes CronJob does). Run times are instants (Date); `lib/time.ts` formats them in the
 * chosen zone. For words only (e.g. a list of jobs), `cron-text.ts` is lighter: it skips croner.
 */
import { Cron } from 'croner';
import { checkCronSyntax, CRON_FIELD_NAMES, type CronSyntaxCheck } from './cron-text';

export { describeCron, describeCronSchedule, expandCronMacro } from './cron-text';

export type CronCheck = CronSyntaxCheck;

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
    const field = CRON_FIELD_NAMES[Number(entry[1]) - 1] ?? 'a';
    return `The ${field} field “${entry[2]}” contains characters a cron schedule cannot have.`;
  }
  if (/illegal stepping/i.test(message)) return 'A step (/n) must be a whole number of 1 or more.';
  return `Not a valid cron schedule: ${message}`;
}

function compile(expression: string): Cron {
  return new Cron(expression, { utcOffset: 0, mode: '5-part', paused: true });
}

/** Schedules compiled for `cronRunsBetween`: a team's jobs share a few dozen, and a check reads each many times. */
const compiledCache = new Map<string, Cron | undefined>();
const COMPILED_KEPT = 500;

function compiled(expression: string): Cron | undefined {
  if (compiledCache.has(expression)) return compiledCache.get(expression);
  if (compiledCache.size >= COMPILED_KEPT) compiledCache.clear();
  let cron: Cron | undefined;
  try {
    cron = compile(expression);
  } catch {
    cron = undefined;
  }
  compiledCache.set(expression, cron);
  return cron;
}

/** Validates a VDK schedule; on failure `reason` says what is wrong in plain words. */
export function checkCron(input: string | null | undefined): CronCheck {
  const syntax = checkCronSyntax(input);
  if (!syntax.ok) return syntax;
  let cron: Cron;
  try {
    cron = compile(syntax.expression);
  } catch (error) {
    return { ok: false, reason: explainParseError(error) };
  }
  if (cron.nextRun(new Date()) === null) {
    return { ok: false, reason: 'This schedule never runs (no date matches it, e.g. 31 February).' };
  }
  return syntax;
}

/** The next `count` run instants after `from` (default now); [] when the schedule is invalid. */
export function nextCronRuns(input: string | null | undefined, count: number, from: Date = new Date()): Date[] {
  const check = checkCron(input);
  if (!check.ok || count <= 0) return [];
  return compile(check.expression).nextRuns(count, from);
}

/**
 * The run instants after `from` up to `to` inclusive, at most `max` of them: computed one by one up to `to`, so a
 * window costs its own ticks, not `max` (2,000 ticks of an hourly schedule are most of a year).
 */
export function cronRunsBetween(input: string | null | undefined, from: Date, to: Date, max: number): Date[] {
  const syntax = checkCronSyntax(input);
  const cron = syntax.ok ? compiled(syntax.expression) : undefined;
  if (!cron) return [];
  const runs: Date[] = [];
  for (let next = cron.nextRun(from); next && next <= to && runs.length < max; next = cron.nextRun(next)) {
    runs.push(next);
  }
  return runs;
}
