/**
 * The one place that turns counts into words: every number the UI shows goes through `formatNumber`, every "N things"
 * through `countOf`, so "1,000 jobs" and "10,000 executions" read alike and no noun gets a wrong plural ("propertys").
 * English only, as the rest of the UI; Intl costs no bytes.
 */
const NUMBER = new Intl.NumberFormat('en-US');
const PLURAL = new Intl.PluralRules('en-US');

/** 10000 → "10,000". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A noun and its plural, where adding "s" is wrong: `{ one: 'property', other: 'properties' }`. */
export interface Noun {
  one: string;
  other: string;
}

const nounOf = (noun: string | Noun): Noun => (typeof noun === 'string' ? { one: noun, other: `${noun}s` } : noun);

/** The noun for `count`: `pluralize(3, PROPERTY)` → "properties". */
export function pluralize(count: number, noun: string | Noun): string {
  const { one, other } = nounOf(noun);
  return PLURAL.select(count) === 'one' ? one : other;
}

/** `countOf(1000, 'job')` → "1,000 jobs"; `countOf(1, PROPERTY)` → "1 property". */
export function countOf(count: number, noun: string | Noun): string {
  return `${formatNumber(count)} ${pluralize(count, noun)}`;
}
