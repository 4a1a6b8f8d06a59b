/**
 * Java's `OffsetDateTime.toString()` in UTC: seconds dropped when zero together with the
 * fraction (`2000-01-01T00:00Z`), fraction printed in groups of three digits. Used by GraphQL
 * dates and `last_deployed_date`, which the real service copies from that method.
 */
export function javaDateString(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // 2025-05-13T10:02:11.482Z
  const millis = epochMs % 1000;
  const base = iso.slice(0, 19);
  if (millis !== 0) return `${base}.${iso.slice(20, 23)}Z`;
  if (base.endsWith(':00')) return `${base.slice(0, 16)}Z`;
  return `${base}Z`;
}

/**
 * Jackson's ISO-8601 (`ISO_OFFSET_DATE_TIME`) in UTC, as REST `OffsetDateTime` fields are
 * written: seconds always present, the fraction only when non-zero, without trailing zeros.
 */
export function restDateString(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  return fraction ? `${iso.slice(0, 19)}.${fraction}Z` : `${iso.slice(0, 19)}Z`;
}

export function nullableRestDate(epochMs: number | null): string | null {
  return epochMs === null ? null : restDateString(epochMs);
}

export function nullableJavaDate(epochMs: number | null): string | null {
  return epochMs === null ? null : javaDateString(epochMs);
}
