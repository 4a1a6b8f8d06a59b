import type { DomainContext } from '../domain/context.ts';
import { seedDemo } from './demo.ts';
import { seedLarge } from './large.ts';
import { isEmpty } from './writer.ts';

export interface SeedSummary {
  jobs: number;
  executions: number;
}

/** Seeds only an empty database: existing data is never touched. Returns null when skipped. */
export function seedDatabase(ctx: DomainContext, kind: 'demo' | 'large'): SeedSummary | null {
  if (!isEmpty(ctx.db)) return null;
  return kind === 'demo' ? seedDemo(ctx) : seedLarge(ctx);
}
