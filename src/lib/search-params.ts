import * as v from 'valibot';
import { EXECUTION_STATUSES, type ExecutionStatus } from './execution-status';

/** A URL param whose value was not understood (and so ignored); pages say which. */
export interface RejectedParam {
  name: string;
  value: string;
}

export const instantSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((value) => new Date(value).toISOString()),
);
const wholeNumber = v.pipe(v.string(), v.regex(/^\s*\d+\s*$/), v.transform(Number));
export const pageSchema = v.pipe(wholeNumber, v.minValue(1), v.maxValue(1_000_000));
export const oneOfNumbers = (allowed: readonly number[]) =>
  v.pipe(
    wholeNumber,
    v.check((value) => allowed.includes(value)),
  );
const statusSchema = v.picklist(EXECUTION_STATUSES);

/**
 * Reads a page's URL state param by param, each with its own schema, so one bad value (a hand-edited link, an old
 * bookmark) costs only that param; what was ignored collects in `rejected`.
 */
export function paramReader(params: URLSearchParams) {
  const rejected: RejectedParam[] = [];
  function one<T>(name: string, schema: v.GenericSchema<string, T>): T | undefined {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const result = v.safeParse(schema, raw);
    if (result.success) return result.output;
    rejected.push({ name, value: raw });
    return undefined;
  }
  /** `status` repeated or comma-separated, any case, without duplicates. */
  function statuses(name = 'status'): ExecutionStatus[] {
    const found: ExecutionStatus[] = [];
    for (const raw of params.getAll(name).flatMap((value) => value.split(','))) {
      const result = v.safeParse(statusSchema, raw.trim().toLowerCase());
      if (!result.success) rejected.push({ name, value: raw });
      else if (!found.includes(result.output)) found.push(result.output);
    }
    return found;
  }
  return { one, statuses, rejected };
}
