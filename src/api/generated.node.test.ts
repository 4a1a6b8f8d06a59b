import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The committed generated code must be exactly what the vendored spec and the GraphQL documents
// produce; otherwise someone changed one without running `npm run gen:api`.
const root = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'vdk-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const read = (path: string) => readFileSync(path, 'utf8');
const STALE = 'is stale: run `npm run gen:api` and commit the result';

describe('generated API code', () => {
  it(`REST types match spec/vdk-api/api.yaml (else it is stale)`, () => {
    const target = join(out, 'vdk-api.d.ts');
    execFileSync(bin('openapi-typescript'), ['spec/vdk-api/api.yaml', '-o', target], { cwd: root, stdio: 'pipe' });
    expect(read(target), STALE).toBe(read(join(root, 'spec/generated/vdk-api.d.ts')));
  });

  it(`GraphQL types match the schema and src/api/graphql/documents (else they are stale)`, async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const { default: config } = await import('../../codegen');
    process.chdir(root);
    for (const [folder, outputs] of Object.entries(config.generates)) {
      const target = join(out, folder) + '/';
      await generate({ ...config, silent: true, generates: { [target]: outputs } }, true);
      const committed = join(root, folder);
      const files = readdirSync(committed).sort();
      expect(readdirSync(target).sort()).toEqual(files);
      for (const file of files)
        expect(read(join(target, file)), `${folder}${file} ${STALE}`).toBe(read(join(committed, file)));
    }
  }, 60_000);
});
