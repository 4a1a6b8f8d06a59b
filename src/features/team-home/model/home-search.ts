import * as v from 'valibot';
import { CHART_SPANS, type ChartSpan } from './chart-span';

export interface HomeSearch {
  /** Which span "Success over time" shows. */
  span: ChartSpan;
  /** On the all-teams home: one team a path cannot name (`.`, `..`; see `paths.teamHome`). */
  team: string | undefined;
}

const spanSchema = v.picklist(CHART_SPANS);
const teamSchema = v.pipe(v.string(), v.minLength(1));

/** The home's URL state; a value it does not understand falls back to the default. */
export function parseHomeSearch(params: URLSearchParams): HomeSearch {
  const span = v.safeParse(spanSchema, params.get('span'));
  const team = v.safeParse(teamSchema, params.get('team'));
  return { span: span.success ? span.output : '24h', team: team.success ? team.output : undefined };
}
