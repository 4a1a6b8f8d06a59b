import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ADDED_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Directory holding `emulator.sqlite`; ignored with `memory`. */
  dataDir?: string;
  memory?: boolean;
}

/**
 * Opens (and creates) the database. WAL with synchronous=FULL: every statement is committed
 * to the log and fsynced before the handler replies, so `kill -9` cannot lose a write the
 * client saw acknowledged.
 */
export function openDatabase({ dataDir = '.data', memory = false }: OpenDatabaseOptions): Db {
  const file = memory ? ':memory:' : join(dataDir, 'emulator.sqlite');
  let db: Db | undefined;
  try {
    if (!memory) mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    if (!memory) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // One emulator per data directory: a second one would fire every schedule twice.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('busy_timeout = 500');
      db.exec('BEGIN IMMEDIATE; COMMIT;');
    }
  } catch (error) {
    db?.close();
    const reason = (error as Error).message;
    const busy = /locked|busy/i.test(reason);
    throw new Error(
      busy
        ? `The data directory ${dataDir} is in use by another emulator. Stop it, or pass another --data DIR or --memory.`
        : `Cannot open the data file ${file}: ${reason}. Pass --data DIR with a writable directory, or --memory.`,
    );
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  for (const { table, column } of ADDED_COLUMNS) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table);
    if (!columns.includes(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
  }
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string | undefined;
  if (version === undefined) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  } else if (Number(version) !== SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `The data file ${file} has schema version ${version}, this emulator expects ${SCHEMA_VERSION}. ` +
        'Start with another --data directory or delete the old one.',
    );
  }
  return db;
}

/** Flushes the WAL into the main file so the data directory is self-contained after exit. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  if (!db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
