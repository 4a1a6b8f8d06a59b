import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sources that decide what the large seed writes: any change to them means a new seed. */
const SEED_SOURCES = [
  'emulator/src/seed/large.ts',
  'emulator/src/seed/writer.ts',
  'emulator/src/seed/seed.ts',
  'emulator/src/db/schema.ts',
];

export interface SeedStamp {
  sources: string;
  seededAt: string;
}

export function seedSourcesHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of SEED_SOURCES) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Why a seeded database cannot be reused, or undefined when it can. The seed's data is relative to when it was
 * built: after `maxAgeMs` its oldest executions leave retention (history-benchmark-job would have fewer than
 * 10,000), so an older seed is rebuilt too.
 */
export function reseedReason(
  stamp: SeedStamp | undefined,
  sources: string,
  now: number,
  maxAgeMs: number,
): string | undefined {
  if (!stamp) return 'it has no seed stamp';
  if (stamp.sources !== sources) return 'the seed changed since it was built';
  const seededAt = Date.parse(stamp.seededAt);
  if (!(seededAt <= now)) return 'its seed stamp has no valid date';
  const age = now - seededAt;
  return age > maxAgeMs ? `it was built ${Math.round(age / 60_000)} minutes ago` : undefined;
}
