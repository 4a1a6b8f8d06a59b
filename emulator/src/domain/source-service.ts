import { createHash } from 'node:crypto';
import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import { Unzip, UnzipInflate, unzipSync, zip } from 'fflate';
import type { DomainContext } from './context.ts';
import { errors, externalSystemError, invalidUpload } from './errors.ts';
import { requireJobInTeam } from './job-service.ts';

export function latestSourceVersion(ctx: DomainContext, jobName: string): string | null {
  return (
    (ctx.db.prepare('SELECT version_sha FROM sources WHERE job_name = ?').pluck().get(jobName) as string | undefined) ??
    null
  );
}

/** What an upload may inflate to: far above a data job's code, far below what stalls or fills the emulator. */
export const UPLOAD_LIMITS = { inflatedBytes: 32 * 1024 * 1024, entries: 10_000 } as const;
/**
 * Compressed bytes handed to the inflater at once, between which other requests run: at deflate's ratio of at most
 * about 1:1000 a chunk inflates to a few megabytes, tens of milliseconds of work.
 */
const CHUNK = 4 * 1024;

/** The archive the real service could not unpack: its file-system failure (503), the reason in the log. */
function unreadableArchive(ctx: DomainContext, jobName: string, reason: string) {
  ctx.log(`upload for ${jobName} refused: ${reason}`);
  return externalSystemError(
    'Host container',
    `Operations on the file system failed while trying to handle deployment of job: ${jobName}`,
  );
}

/**
 * Inflates the archive entry by entry, counting what comes out: past UPLOAD_LIMITS it stops at once, whatever sizes
 * the archive declares, and it yields to other requests after every chunk.
 */
async function inflate(ctx: DomainContext, jobName: string, zip: Buffer): Promise<Record<string, Uint8Array>> {
  const entries: Record<string, Uint8Array[]> = {};
  let total = 0;
  let count = 0;
  let refusal: string | undefined;
  const unzip = new Unzip((file) => {
    count += 1;
    if (count > UPLOAD_LIMITS.entries) refusal ??= `more than ${UPLOAD_LIMITS.entries} files`;
    if (refusal) return file.terminate();
    const chunks: Uint8Array[] = (entries[file.name] = []);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > UPLOAD_LIMITS.inflatedBytes) {
        refusal ??= `more than ${UPLOAD_LIMITS.inflatedBytes} bytes once inflated`;
        return file.terminate();
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < zip.length && !refusal; offset += CHUNK) {
      const end = Math.min(offset + CHUNK, zip.length);
      unzip.push(zip.subarray(offset, end), end === zip.length);
      await setImmediatePromise();
    }
    if (!refusal) unzipSync(zip, { filter: () => false }); // the central directory must be readable too
  } catch (error) {
    throw unreadableArchive(ctx, jobName, `not a readable ZIP archive (${(error as Error).message})`);
  }
  if (refusal) {
    ctx.log(`upload for ${jobName} refused: the archive has ${refusal}`);
    throw invalidUpload(
      jobName,
      `the archive has ${refusal}.`,
      'Make sure to remove large or generated files from the data job directory and upload it again.',
    );
  }
  return Object.fromEntries(Object.entries(entries).map(([name, chunks]) => [name, Buffer.concat(chunks)]));
}

/** Re-roots the archive under the job name, as the real service does with the zip's top folder. */
async function rerooted(ctx: DomainContext, jobName: string, zip: Buffer): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(await inflate(ctx, jobName, zip))) {
    if (path.endsWith('/')) continue;
    const rest = path.includes('/') ? path.slice(path.indexOf('/') + 1) : path;
    files[`${jobName}/${rest}`] = content;
  }
  return files;
}

/** The version is the SHA-1 of the normalised content, so re-uploading the same code keeps it. */
function versionOf(files: Record<string, Uint8Array>): string {
  const hash = createHash('sha1');
  for (const path of Object.keys(files).sort()) {
    hash
      .update(path)
      .update('\0')
      .update(files[path] ?? new Uint8Array())
      .update('\0');
  }
  return hash.digest('hex');
}

/** Compresses on a worker thread: a large upload never holds the event loop. */
function compressed(files: Record<string, Uint8Array>): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip(files, (error, data) => (error ? reject(error) : resolve(Buffer.from(data)))),
  );
}

export async function uploadSource(
  ctx: DomainContext,
  team: string,
  jobName: string,
  body: unknown,
): Promise<{ version_sha: string }> {
  requireJobInTeam(ctx, team, jobName);
  if (!Buffer.isBuffer(body)) throw unreadableArchive(ctx, jobName, 'the body is not application/octet-stream');
  const files = await rerooted(ctx, jobName, body);
  const versionSha = versionOf(files);
  const content = await compressed(files);
  requireJobInTeam(ctx, team, jobName); // it may have been deleted meanwhile
  ctx.db
    .prepare(
      `INSERT INTO sources (job_name, version_sha, content, uploaded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (job_name) DO UPDATE SET version_sha = excluded.version_sha, content = excluded.content,
         uploaded_at = excluded.uploaded_at`,
    )
    .run(jobName, versionSha, content, ctx.clock.now());
  return { version_sha: versionSha };
}

export function downloadSource(ctx: DomainContext, team: string, jobName: string): Buffer {
  requireJobInTeam(ctx, team, jobName);
  const content = ctx.db.prepare('SELECT content FROM sources WHERE job_name = ?').pluck().get(jobName) as
    Buffer | undefined;
  if (!content) throw errors.notFound();
  return content;
}

export function deleteSource(ctx: DomainContext, team: string, jobName: string): void {
  requireJobInTeam(ctx, team, jobName);
  ctx.db.prepare('DELETE FROM sources WHERE job_name = ?').run(jobName);
}
