import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the production build is made from; a change to any of these makes `dist/` stale. */
export const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** The file Vite writes last-but-not-least for every build; its absence means no (complete) build. */
export const BUILD_STAMP = 'dist/index.html';

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const item of readdirSync(entry, { recursive: true, withFileTypes: true })) {
    if (item.isFile()) newest = Math.max(newest, statSync(path.join(item.parentPath, item.name)).mtimeMs);
  }
  return newest;
}

/** Why the build must be redone, or null when `dist/` is newer than every input. */
export function staleBuildReason(root: string): string | null {
  const stamp = path.join(root, BUILD_STAMP);
  if (!existsSync(stamp)) return 'no build yet';
  const builtAt = statSync(stamp).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}
