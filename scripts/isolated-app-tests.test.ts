import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_APP_TESTS, REPLACES_MODULES } from './lib/isolated-app-tests.ts';

const testFilesIn = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .filter((file) => /\.test\.tsx?$/.test(file));
const appTestFiles = () => testFilesIn('src').filter((file) => !file.endsWith('.node.test.ts'));
/** The `node` project's files (vite.config.ts), which share one module cache per worker too. */
const nodeTestFiles = () => [
  ...['emulator', 'scripts', 'bench', 'deploy'].flatMap(testFilesIn),
  ...testFilesIn('src').filter((file) => file.endsWith('.node.test.ts')),
];

describe('app test files that replace modules', () => {
  it('run in the isolated project, and only they do', () => {
    const replacing = appTestFiles().filter((file) => REPLACES_MODULES.test(readFileSync(file, 'utf8')));
    expect(replacing.sort()).toEqual([...ISOLATED_APP_TESTS].sort());
  });

  it('are none in the node project, which has no isolated twin', () => {
    // This file names the calls in its samples below.
    const others = nodeTestFiles().filter((file) => file !== 'scripts/isolated-app-tests.test.ts');
    expect(others.filter((file) => REPLACES_MODULES.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('are recognised by what they call', () => {
    expect(REPLACES_MODULES.test("vi.mock('@/auth/oidc-login', () => ({}))")).toBe(true);
    expect(REPLACES_MODULES.test('vi.resetModules();')).toBe(true);
    expect(REPLACES_MODULES.test('vi.stubGlobal("fetch", stub)')).toBe(false);
  });
});
