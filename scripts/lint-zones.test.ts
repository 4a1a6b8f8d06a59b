import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries are rules in eslint.config.js; these snippets, linted with the project's own config as if
// they were new files in the named folders, show that the rules still refuse what they are there to refuse.
const root = join(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  // The snippets are not on disk, so no TypeScript program knows them: lint them without type information.
  overrideConfig: tseslint.configs.disableTypeChecked,
  ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

/** An import of a real module (the rule resolves it) from `fromFile`, as a relative specifier. */
function importOf(fromFile: string, target: string): string {
  const specifier = relative(join(root, fromFile, '..'), join(root, target));
  return `import * as probe from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';\nexport { probe };\n`;
}

function someModuleOf(folder: string): string {
  const file = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).find(
    (name) => /\.tsx?$/.test(name) && !name.includes('.test.'),
  );
  if (!file) throw new Error(`no module in ${folder}`);
  return join(folder, file);
}

const [area, otherArea] = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('lint zones', () => {
  it('refuse a feature importing another feature', async () => {
    const file = `src/features/${area}/components/probe.tsx`;
    const messages = await restrictedImports(file, importOf(file, someModuleOf(`src/features/${otherArea}`)));
    expect(messages).toEqual([expect.stringContaining('Features do not import each other')]);
  });

  it('refuse the emulator’s db layer importing the domain', async () => {
    const file = 'emulator/src/db/probe.ts';
    const messages = await restrictedImports(file, importOf(file, 'emulator/src/domain/cron.ts'));
    expect(messages).toEqual([expect.stringContaining('Emulator layers')]);
  });

  it('refuse the emulator’s domain importing a layer above it', async () => {
    const file = 'emulator/src/domain/probe.ts';
    const messages = await restrictedImports(file, importOf(file, 'emulator/src/clock/scheduler.ts'));
    expect(messages).toEqual([expect.stringContaining('Emulator layers')]);
  });

  it('refuse the dashboard importing the emulator', async () => {
    const file = 'src/lib/probe.ts';
    const messages = await restrictedImports(file, importOf(file, 'emulator/src/domain/cron.ts'));
    expect(messages).toEqual([expect.stringContaining('separate programs')]);
  });

  it('let each side use what is below it and the shared generated types', async () => {
    const domain = 'emulator/src/domain/probe.ts';
    const graphql = 'emulator/src/graphql/probe.ts';
    const lib = 'src/lib/probe.ts';
    expect(await restrictedImports(domain, importOf(domain, 'emulator/src/db/database.ts'))).toEqual([]);
    expect(await restrictedImports(graphql, importOf(graphql, 'emulator/src/domain/cron.ts'))).toEqual([]);
    expect(await restrictedImports(domain, importOf(domain, 'spec/generated/vdk-api.d.ts'))).toEqual([]);
    expect(await restrictedImports(lib, importOf(lib, 'spec/generated/vdk-api.d.ts'))).toEqual([]);
  });
});
