/** Case-insensitive, non-overlapping occurrences of `term`: what the log viewer's search counts. */
export function countMatches(text: string, term: string): number {
  const haystack = text.toLowerCase();
  const needle = term.toLowerCase();
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** The figure's reading of the viewer's summary: "1 of 205" once the search has found its matches. */
export function firstMatchSummary(count: number): RegExp {
  return new RegExp(`^1 of ${count.toLocaleString('en-US')}$`);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
