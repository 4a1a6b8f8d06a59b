import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from './build-freshness.ts';

let root: string;

/** Writes a file with the given modification time (seconds since the epoch). */
function file(relative: string, mtime: number) {
  const target = path.join(root, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, relative);
  utimesSync(target, mtime, mtime);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vdk-freshness-'));
  file('src/app/app.tsx', 1_000);
  file('public/config.json', 1_000);
  file('index.html', 1_000);
  file('vite.config.ts', 1_000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleBuildReason', () => {
  it('asks for a build when there is none', () => {
    expect(staleBuildReason(root)).toBe('no build yet');
  });

  it('keeps a build newer than every input', () => {
    file('dist/index.html', 2_000);
    expect(staleBuildReason(root)).toBeNull();
  });

  it('rebuilds when a file deep in src/ changed after the build', () => {
    file('dist/index.html', 2_000);
    file('src/features/job-list/pages/jobs-page.tsx', 3_000);
    expect(staleBuildReason(root)).toBe('src changed since the last build');
  });

  it('rebuilds when the runtime config or the Vite config changed', () => {
    file('dist/index.html', 2_000);
    file('public/config.json', 3_000);
    expect(staleBuildReason(root)).toBe('public changed since the last build');
    file('public/config.json', 1_000);
    file('vite.config.ts', 3_000);
    expect(staleBuildReason(root)).toBe('vite.config.ts changed since the last build');
  });
});
