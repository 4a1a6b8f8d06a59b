import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { DomainContext } from './context.ts';
import { errors, vdkError } from './errors.ts';
import { requireJobInTeam } from './job-service.ts';

export function latestSourceVersion(ctx: DomainContext, jobName: string): string | null {
  return (
    (ctx.db.prepare('SELECT version_sha FROM sources WHERE job_name = ?').pluck().get(jobName) as string | undefined) ??
    null
  );
}

/** Re-roots the archive under the job name, as the real service does with the zip's top folder. */
function rerooted(jobName: string, zip: Buffer): Record<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(zip));
  } catch {
    throw vdkError(
      400,
      `The Data Job '${jobName}' upload is invalid .`,
      'The request body is not a readable ZIP archive.',
      'Upload the job directory as a ZIP archive (application/octet-stream).',
    );
  }
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(entries)) {
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

export function uploadSource(ctx: DomainContext, team: string, jobName: string, zip: unknown): { version_sha: string } {
  requireJobInTeam(ctx, team, jobName);
  if (!Buffer.isBuffer(zip)) {
    throw vdkError(
      400,
      `The Data Job '${jobName}' upload is invalid .`,
      'The body must be a ZIP archive sent as application/octet-stream.',
      'Upload the job directory as a ZIP archive.',
    );
  }
  const files = rerooted(jobName, zip);
  const versionSha = versionOf(files);
  ctx.db
    .prepare(
      `INSERT INTO sources (job_name, version_sha, content, uploaded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (job_name) DO UPDATE SET version_sha = excluded.version_sha, content = excluded.content,
         uploaded_at = excluded.uploaded_at`,
    )
    .run(jobName, versionSha, Buffer.from(zipSync(files)), ctx.clock.now());
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
