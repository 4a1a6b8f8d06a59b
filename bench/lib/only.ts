/**
 * The benchmark's scenarios and the figures each one measures (1–7 from issue #9, 8 the team home and 9 the runs page of
 * #14, 10 the failures page of #15).
 */
export const SCENARIOS = {
  list: 2,
  'page-change': 3,
  history: 4,
  zoom: 4,
  log: 5,
  revisit: 6,
  emulator: 7,
  home: 8,
  runs: 9,
  failures: 10,
} as const;

export type Scenario = keyof typeof SCENARIOS;

const isScenario = (name: string): name is Scenario => Object.hasOwn(SCENARIOS, name);

/**
 * `--only log,zoom` or `--only 4` (figure numbers; 1 and 2 are one scenario): which scenarios to run. All of
 * them without the option.
 */
export function parseOnly(value: string | undefined): Set<Scenario> {
  const all = Object.keys(SCENARIOS) as Scenario[];
  if (value === undefined) return new Set(all);
  const chosen = new Set<Scenario>();
  for (const item of value.split(',').map((part) => part.trim())) {
    const figure = item === '1' ? 2 : Number(item);
    const matches = isScenario(item) ? [item] : all.filter((name) => SCENARIOS[name] === figure);
    if (item === '' || matches.length === 0)
      throw new Error(`--only: "${item}" is not a scenario (${all.join(', ')}) or a figure number 1–10.`);
    for (const name of matches) chosen.add(name);
  }
  return chosen;
}
