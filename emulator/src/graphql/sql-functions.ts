import { RE2JS } from 're2js';
import type { Clock } from '../domain/context.ts';
import { nextRunEpochSeconds } from '../domain/cron.ts';
import type { Db } from '../db/database.ts';

/**
 * JavaScript helpers the jobs query calls from SQL: regex matching (team `%` patterns and
 * `jobName` wildcards) and the next cron run. Patterns come from any client, so they run on RE2
 * (linear time in the input): `(((.*)*)*)*x` cannot stall the process as a backtracking engine does.
 */
export function registerSqlFunctions(db: Db, clock: Clock): void {
  const regexes = new Map<string, RE2JS>();
  db.function('vdk_regex', { deterministic: true }, (value: unknown, source: unknown) => {
    if (typeof value !== 'string' || typeof source !== 'string') return 0;
    let regex = regexes.get(source);
    if (!regex) {
      regex = RE2JS.compile(source);
      if (regexes.size > 1000) regexes.clear();
      regexes.set(source, regex);
    }
    return regex.matches(value) ? 1 : 0;
  });

  db.function('vdk_next_run', (cron: unknown) =>
    nextRunEpochSeconds(typeof cron === 'string' ? cron : null, clock.now()),
  );
}
