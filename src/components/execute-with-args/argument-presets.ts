import * as v from 'valibot';
import type { JobRef } from '@/lib/refs';

/**
 * Named arguments for a job's runs, and the arguments of the runs this browser started: the Control Service
 * stores a run's `args` but never returns them (REFERENCE §4.4), so the dashboard keeps both, per job, in the
 * browser store (IndexedDB). Presets travel between browsers as a JSON file checked against PRESETS_FILE.
 */
export interface ArgumentPreset {
  name: string;
  args: Record<string, unknown>;
}
export interface RecentArguments {
  executionId: string;
  args: Record<string, unknown>;
  /** When the run was started, epoch ms. */
  at: number;
}

/**
 * Recent runs' arguments kept per job: as many runs as the Control Service keeps per job, so any run it still
 * lists can show its arguments (and be compared); the execute dialog offers only the newest RECENT_OFFERED.
 */
export const RECENT_KEPT = 100;
export const RECENT_OFFERED = 10;

export const presetsKey = ({ team, job }: JobRef) => `argument-presets:${JSON.stringify([team, job])}`;
export const recentKey = ({ team, job }: JobRef) => `recent-arguments:${JSON.stringify([team, job])}`;

/** The export file: what a person may hand-edit, checked field by field on import. */
const PRESETS_FILE = v.object({
  job: v.string(),
  presets: v.array(
    v.object({
      name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A preset needs a name.'), v.maxLength(200)),
      args: v.custom<Record<string, unknown>>(
        (args) => typeof args === 'object' && args !== null && !Array.isArray(args),
        'The arguments must be a JSON object.',
      ),
    }),
  ),
});

export function exportPresets(job: string, presets: readonly ArgumentPreset[]): string {
  return JSON.stringify({ job, presets }, null, 2);
}

export type ImportResult = { ok: true; presets: ArgumentPreset[] } | { ok: false; message: string };

/** Presets from an exported file; a broken file is refused whole, saying what is wrong. */
export function importPresets(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  const result = v.safeParse(PRESETS_FILE, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return { ok: false, message: `Not a presets file${where ? ` (at ${where})` : ''}: ${issue.message}` };
  }
  return { ok: true, presets: result.output.presets };
}

/** Adds a preset, replacing one of the same name (that is how a preset is edited). */
export function withPreset(presets: readonly ArgumentPreset[] = [], preset: ArgumentPreset): ArgumentPreset[] {
  return [...presets.filter((item) => item.name !== preset.name), preset].sort((a, b) => a.name.localeCompare(b.name));
}

export function withoutPreset(presets: readonly ArgumentPreset[] = [], name: string): ArgumentPreset[] {
  return presets.filter((item) => item.name !== name);
}

export function withRecent(recent: readonly RecentArguments[] = [], entry: RecentArguments): RecentArguments[] {
  return [entry, ...recent.filter((item) => item.executionId !== entry.executionId)].slice(0, RECENT_KEPT);
}
