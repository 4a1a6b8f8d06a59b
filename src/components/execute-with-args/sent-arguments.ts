/**
 * The Control Service stores an execution's `args` but never returns them (neither REST nor
 * GraphQL has the field). To show "the arguments of this run" and offer "re-run with the same
 * arguments", the dashboard remembers what it sent, per execution, in this tab's sessionStorage:
 * it survives reloads and deep links in the tab, and is gone with the tab, like any draft.
 */

const KEY = 'vdk-dashboard.sent-arguments';
const MAX_ENTRIES = 200;

interface ExecutionKey {
  team: string;
  job: string;
  executionId: string;
}

type Store = Record<string, Record<string, unknown>>;

const keyOf = ({ team, job, executionId }: ExecutionKey) => JSON.stringify([team, job, executionId]);

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readStore(): Store {
  try {
    const raw = storage()?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Store) : {};
  } catch {
    return {};
  }
}

export function rememberSentArguments(ref: ExecutionKey, args: Record<string, unknown>): void {
  const entries = Object.entries(readStore()).filter(([key]) => key !== keyOf(ref));
  entries.push([keyOf(ref), args]);
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(entries.slice(-MAX_ENTRIES))));
  } catch {
    // Full or blocked storage only costs the "same arguments" shortcut.
  }
}

/** The arguments this tab sent for the execution, if it started it with any. */
export function sentArguments(ref: ExecutionKey): Record<string, unknown> | undefined {
  const value = readStore()[keyOf(ref)];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
