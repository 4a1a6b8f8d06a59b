/** The two spans of "Success over time": one bar per hour of the last day, or per day of the last week. */
export const CHART_SPANS = ['24h', '7d'] as const;
export type ChartSpan = (typeof CHART_SPANS)[number];
