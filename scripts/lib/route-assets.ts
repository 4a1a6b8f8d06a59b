import type { Manifest } from 'vite';

const MEASURED = /\.(js|css)$/;

/**
 * The routes a first visit lands on (`/` opens the team home, links from outside the job list), by the lazy chunks
 * each loads before its first content: its page, and its loader where that is a chunk of its own (the team home's; the
 * job list's is in the entry). The benchmark's figure counts the same files.
 */
export const LANDING_ROUTES = {
  'job-list': ['src/features/job-list/pages/jobs-page.tsx'],
  'team home': ['src/features/team-home/pages/team-home-page.tsx', 'src/features/team-home/route-loader.ts'],
} as const;

/** The manifest key of the HTML entry (the shell every route loads). */
export function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the Vite manifest, found ${entries.length}`);
  return entries[0]!;
}

/**
 * The JS and CSS files the browser fetches for the given chunks: each chunk's file and CSS plus those of its static
 * imports, recursively. Dynamic imports are left out: they load only when another route needs them.
 */
export function routeAssets(manifest: Manifest, roots: readonly string[]): string[] {
  const files = new Set<string>();
  const visited = new Set<string>();
  const visit = (key: string, from: string | null) => {
    if (visited.has(key)) return;
    visited.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}"${from ? ` (imported by "${from}")` : ''} is not in the Vite manifest`);
    for (const file of [chunk.file, ...(chunk.css ?? [])]) if (MEASURED.test(file)) files.add(file);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const root of roots) visit(root, null);
  return [...files];
}
