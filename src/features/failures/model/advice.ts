/** What to do about a failure, from the words of the service's message (docs/api-reference.md §4.1). */
const ADVICE: readonly [RegExp, string][] = [
  [
    /out of memory|oomkilled/i,
    'The run ran out of memory. Ask the platform team for more memory for the job, or process the data in smaller batches.',
  ],
  [
    /deadline|timed? ?out/i,
    'The run hit a time limit (VDK stops a run after 12 hours). Make the job process less per run, or find what it waits on.',
  ],
  [
    /platform error/i,
    'The platform failed, not the job’s code. Run the job again; if other jobs fail the same way, tell the platform team.',
  ],
  [
    /user error/i,
    'The job’s code or configuration failed. Open a recent run’s log for the failing step and the exception, fix it and deploy again.',
  ],
];

const DEFAULT_ADVICE = 'Open a run to read its full message and log.';

export function adviceFor(message: string): string {
  return ADVICE.find(([pattern]) => pattern.test(message))?.[1] ?? DEFAULT_ADVICE;
}
