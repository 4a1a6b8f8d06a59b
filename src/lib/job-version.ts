/** Git SHAs are long; eight characters identify a version for people, as in VDK's own UI. */
export function shortVersion(version: string | null | undefined): string {
  if (!version) return '—';
  return /^[0-9a-f]{12,}$/i.test(version) ? version.slice(0, 8) : version;
}
