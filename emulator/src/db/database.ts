import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ADDED_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Directory holding `emulator.sqlite`; ignored with `memory`. */
  dataDir?: string;
  memory?: boolean;
}

/** SQLite's codes for a file that is not a database or is damaged. */
const DAMAGED_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export function isDamagedDataError(error: unknown): boolean {
  return DAMAGED_CODES.has((error as { code?: string }).code ?? '');
}

/** The one wording for a data file the emulator cannot use, at start and when a damaged page shows up later. */
export function damagedDataFile(file: string, problem: string): string {
  return (
    `The data file ${file} ${problem}. Move it aside (to keep it) or delete the folder ${dirname(file)}/ ` +
    'to start again from the demo data, then start the emulator again.'
  );
}

class DataFileError extends Error {}

/** Refuses a data file that is empty, foreign or damaged, with one clear message, before anything is written. */
function checkExistingFile(db: Db, file: string): void {
  const problem = (() => {
    try {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
      if (tables.length > 0 && !tables.includes('meta')) return 'is not an emulator database (it has other tables)';
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check === 'ok') return undefined;
      const first = check.split('\n').find((line) => line.trim() !== '' && !line.startsWith('***')) ?? check;
      return `is damaged (SQLite quick_check: ${first.trim()})`;
    } catch (error) {
      if (isDamagedDataError(error)) return `is damaged or not a database (${(error as Error).message})`;
      throw error;
    }
  })();
  if (problem) {
    db.close();
    throw new DataFileError(damagedDataFile(file, problem));
  }
}

/**
 * Opens (and creates) the database. WAL with synchronous=FULL: every statement is committed
 * to the log and fsynced before the handler replies, so `kill -9` cannot lose a write the
 * client saw acknowledged.
 */
export function openDatabase({ dataDir = '.data', memory = false }: OpenDatabaseOptions): Db {
  const file = memory ? ':memory:' : join(dataDir, 'emulator.sqlite');
  let db: Db | undefined;
  const existing = !memory && existsSync(file);
  if (existing && statSync(file).size === 0) throw new DataFileError(damagedDataFile(file, 'is empty (0 bytes)'));
  try {
    if (!memory) mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    if (existing) checkExistingFile(db, file);
    if (!memory) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // One emulator per data directory: a second one would fire every schedule twice.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('busy_timeout = 500');
      db.exec('BEGIN IMMEDIATE; COMMIT;');
    }
  } catch (error) {
    if (db?.open) db.close();
    const reason = (error as Error).message;
    if (error instanceof DataFileError) throw error;
    if (isDamagedDataError(error)) {
      throw new DataFileError(damagedDataFile(file, `is damaged or not a database (${reason})`));
    }
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
    throw new DataFileError(
      damagedDataFile(file, `has schema version ${version}, this emulator expects ${SCHEMA_VERSION}`),
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
