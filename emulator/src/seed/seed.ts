import type { DomainContext } from '../domain/context.ts';
import { seedDemo } from './demo.ts';
import { seedLarge } from './large.ts';
import { isEmpty, type SeedSummary } from './writer.ts';

/** Page cache while seeding (KiB, negative per SQLite): index inserts of the large seed stay in memory. */
const SEED_CACHE_KIB = 262_144;

/** Seeds only an empty database: existing data is never touched. Returns null when skipped. */
export function seedDatabase(ctx: DomainContext, kind: 'demo' | 'large'): SeedSummary | null {
  if (!isEmpty(ctx.db)) return null;
  const cacheSize = ctx.db.pragma('cache_size', { simple: true }) as number;
  ctx.db.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  try {
    return kind === 'demo' ? seedDemo(ctx) : seedLarge(ctx);
  } finally {
    ctx.db.pragma(`cache_size = ${cacheSize}`);
    // Fold the seed's large WAL into the data file now rather than at the first checkpoint under load.
    if (!ctx.db.memory) ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
