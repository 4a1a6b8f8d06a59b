import { summarize, type Summary } from './stats';

export interface Figure {
  id: string;
  label: string;
  unit: 'ms' | 'bytes' | 'count';
  values: number[];
  /** Lower is better; the goal is met at or below it. */
  goal?: number;
  /** Why nothing was measured, when nothing was. */
  skipped?: string;
  /** For a longest-task figure, what ran in that task, per run ('' where the browser did not say). */
  causes?: string[];
}

export interface FigureResult extends Omit<Figure, 'values'> {
  summary?: Summary;
  values: number[];
  goalMet?: boolean;
}

export function evaluate(figure: Figure): FigureResult {
  const summary = summarize(figure.values);
  const goalMet = summary && figure.goal !== undefined ? summary.median <= figure.goal : undefined;
  return { ...figure, summary, goalMet };
}

const format = (value: number, unit: Figure['unit']) =>
  unit === 'bytes' ? value.toLocaleString('en-US') : unit === 'ms' ? value.toFixed(0) : String(Math.round(value));

export function renderTable(results: FigureResult[]): string {
  const header = ['figure', 'median', 'min – max', 'runs', 'goal', 'status'];
  const rows = results.map((r) => {
    if (!r.summary) return [r.label, '—', '—', '0', goalText(r), `not measured: ${r.skipped ?? 'no value'}`];
    const { median, min, max, runs } = r.summary;
    const status = r.goalMet === undefined ? '' : r.goalMet ? 'met' : `missed by ${format(median - r.goal!, r.unit)}`;
    return [
      `${r.label} (${r.unit})`,
      format(median, r.unit),
      `${format(min, r.unit)} – ${format(max, r.unit)}`,
      String(runs),
      goalText(r),
      status,
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** What ran in the longest tasks of each figure that says, runs with the same cause together. */
export function renderCauses(results: FigureResult[]): string {
  const blocks = results.flatMap((r) => {
    if (!r.causes?.some(Boolean)) return [];
    const runs = new Map<string, number[]>();
    r.causes.forEach((cause, run) => {
      if (cause) runs.set(cause, [...(runs.get(cause) ?? []), r.values[run]!]);
    });
    const lines = [...runs].map(
      ([cause, values]) => `  ${values.map((v) => format(v, r.unit)).join(', ')} ms: ${cause}`,
    );
    return [`${r.label}:`, ...lines];
  });
  return blocks.length ? ['What ran in the longest tasks (per run):', ...blocks].join('\n') : '';
}

function goalText(r: Figure): string {
  return r.goal === undefined ? '' : `≤ ${format(r.goal, r.unit)}`;
}

/** "ours / theirs" for figures measured on both dashboards. */
export function ratios(ours: FigureResult[], theirs: FigureResult[]): string[] {
  return ours.flatMap((o) => {
    const t = theirs.find((x) => x.id === o.id);
    if (!o.summary || !t?.summary || t.summary.median === 0) return [];
    return [`${o.label}: ours/theirs = ${(o.summary.median / t.summary.median).toFixed(2)}`];
  });
}
