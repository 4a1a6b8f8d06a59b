import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it(`GraphQL introspection types match spec/vdk-api/schema.graphqls (else they are stale)`, () => {
    const target = join(out, 'graphql-env.d.ts');
    execFileSync(bin('gql.tada'), ['generate-output', '--tsconfig', 'tsconfig.app.json', '--output', target], {
      cwd: root,
      stdio: 'pipe',
    });
    expect(read(target), STALE).toBe(read(join(root, 'src/api/generated/graphql-env.d.ts')));
  }, 60_000);
});
