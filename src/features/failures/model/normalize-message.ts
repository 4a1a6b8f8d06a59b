/**
 * A failure message reduced to what stays the same between runs: ids, numbers, timestamps and paths become
 * placeholders, so "Failed at 2026-12-01 10:02 on pod ingest-7f9c2" and the same failure an hour later on
 * another pod share one cause. Every pattern is linear (no nested quantifiers) and the text is cut first, so a
 * hostile or megabyte-long message costs no more than a short one.
 */

/** Longer messages are cut before matching: their first kilobyte names the cause. */
export const MESSAGE_LIMIT = 1000;

const RULES: readonly [RegExp, string][] = [
  // 2026-12-01T10:02:11.482Z, 2026-12-01 10:02:11,482, with or without an offset
  [/\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  // Git SHAs, pod suffixes, hashes: hex words of 7+ characters with a letter and a digit.
  [/\b(?=\d*[a-f])(?=[a-f]*\d)[0-9a-f]{7,}\b/gi, '<id>'],
  // /job/20_ingest.py, C:\jobs\x.sql, s3://bucket/key: two segments at least, so `</b>` is no path.
  [/(?:[a-z][a-z0-9+.-]*:\/\/|[a-z]:\\|\/)[\w.-]+(?:[/\\][\w.-]+)+/gi, '<path>'],
  [/\b\d+(?:[.,]\d+)*\b/g, '<n>'],
  [/\s+/g, ' '],
];

export function normalizeMessage(message: string | null | undefined): string {
  let text = (message ?? '').slice(0, MESSAGE_LIMIT);
  for (const [pattern, placeholder] of RULES) text = text.replace(pattern, placeholder);
  return text.trim();
}
