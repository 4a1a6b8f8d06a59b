import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

const caches = new WeakMap<Db, Map<string, Statement>>();

/** `db.prepare` with a per-database cache: the hot query paths build the same SQL again and again. */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size > 2000) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}
