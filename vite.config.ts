/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compactGraphql } from './scripts/lib/compact-graphql.ts';
import { ISOLATED_APP_TESTS } from './scripts/lib/isolated-app-tests.ts';

// The local Control Service (emulator) answers the API and the OpenID provider on one origin,
// like an ingress in production; the dev server proxies both so the app stays same-origin.
const emulator = process.env.VDK_EMULATOR_URL ?? 'http://localhost:8092';
const proxy = {
  '/data-jobs': { target: emulator, changeOrigin: false },
  '/oidc': { target: emulator, changeOrigin: false },
};

// react-router's package exports always resolve to its development build (remix-run/react-router#12532, #14102):
// its dev-only warnings would ship to users. Builds take the production build it ships beside it; both entry points
// must come from the same folder so they share one router context.
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * The job list is where the app opens (`/` leads there). The modules it shares with other pages (time, polling,
 * table parts…) would each become a small chunk of its own; they go into one chunk, which compresses better and costs
 * one request instead of a dozen. Modules only the job list uses stay in its own chunk.
 */
function landingPageSharedChunk(page: string): { plugin: Plugin; test: (id: string) => boolean } {
  const shared = new Set<string>();
  const plugin: Plugin = {
    name: 'landing-page-shared-chunk',
    apply: 'build',
    buildEnd() {
      const staticClosure = (root: string) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(root);
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const landing = ids.find((id) => id.endsWith(page));
      if (!landing) return;
      const initial = new Set<string>();
      const others = new Set<string>();
      for (const id of ids) {
        const info = this.getModuleInfo(id);
        if (info?.isEntry) for (const m of staticClosure(id)) initial.add(m);
        else if (id !== landing && info?.dynamicImporters.length) for (const m of staticClosure(id)) others.add(m);
      }
      for (const id of staticClosure(landing)) {
        if (id !== landing && others.has(id) && !initial.has(id)) shared.add(id);
      }
    },
  };
  return { plugin, test: (id) => shared.has(id) };
}

const landingShared = landingPageSharedChunk('/src/features/job-list/pages/jobs-page.tsx');

/**
 * The menus' code loads on every page when the browser is idle after its first content, in steps that
 * src/components/menu/lazy-menu.tsx imports one after another, so that each is evaluated in a task of its own.
 * Left to itself, rolldown splits the libraries of these steps into 16 chunks, along the parts other pages share, and
 * every chunk that may import them lists each of those files to preload it: the entry and the job list's chunks too
 * (~550 gzip bytes of file names on the job list). The libraries a step needs that no earlier step brought go into one
 * chunk per step instead. A page that needs part of a step before its first content loads the whole step then rather
 * than after (the runs page's cancel dialog needs Modal: ~5 KB more before its first row, the menu's own parts).
 */
function chunkPerImportStep(
  importer: string,
  steps: string[],
  name: string,
): { plugin: Plugin; chunkOf: (id: string) => string | null } {
  const chunkOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'chunk-per-import-step',
    apply: 'build',
    async buildEnd(error) {
      chunkOf.clear();
      const from = [...this.getModuleIds()].find((id) => id.endsWith(importer));
      if (error || !from) return;
      const visit = (id: string, chunk: string) => {
        if (chunkOf.has(id)) return;
        chunkOf.set(id, chunk);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported, chunk);
      };
      const imported = this.getModuleInfo(from)?.dynamicallyImportedIds ?? [];
      for (const [index, step] of steps.entries()) {
        const root = (await this.resolve(step, from))?.id;
        if (!root || !imported.includes(root)) this.error(`${importer} no longer imports ${step} (vite.config.ts).`);
        visit(root, `${name}-${index + 1}`);
      }
      for (const id of [...chunkOf.keys()]) if (!/[\\/]node_modules[\\/]/.test(id)) chunkOf.delete(id);
    },
  };
  return { plugin, chunkOf: (id) => chunkOf.get(id) ?? null };
}
const menuSteps = chunkPerImportStep(
  '/src/components/menu/lazy-menu.tsx',
  ['@emotion/styled', '@mui/material/Paper', './menu-parts'],
  'menu-step',
);

/**
 * TanStack Query's useQuery and what only it needs, which the landing pages and most others call: the shell imports
 * the package's index, which re-exports every hook, so the closure above counts them as the shell's, yet the shell
 * calls none and they would make a chunk of their own. They join the shared chunk.
 */
const queryHook =
  /[\\/]@tanstack[\\/](?:react-query|query-core)[\\/]build[\\/]modern[\\/](?:useQuery|useBaseQuery|queryObserver|errorBoundaryUtils|suspense|IsRestoringProvider)\.js$/;

/**
 * React Router's production build keeps every component it defines, used or not: it names them at the top level
 * (`Form.displayName = "Form"`, a side effect) and makes them with un-annotated `React.forwardRef()` calls, which a
 * bundler must assume have side effects. Builds drop the names (they only label React DevTools) and mark those calls
 * pure, so what the app does not render is left out: Form and the fetchers' submit machinery, and, since the app
 * links through its own RouterLink (src/components/routing/router-link.tsx), Link and NavLink with framework mode's
 * prefetching: ~3,800 gzip bytes of the shell.
 *
 * It also keeps what only other setups use, behind checks made as the app runs, which a bundler cannot decide. Builds
 * leave it out:
 * - createBrowserRouter's `instrumentations` option (hooks around every navigation and loader, ~930 gzip bytes) and
 *   its `patchRoutesOnNavigation` (routes discovered while navigating, ~200), which the app does not pass: a build
 *   given either stops at start, saying so;
 * - the error boundary's handling of React Server Components' errors (redirects and responses encoded in an error's
 *   digest, ~590), which runs only inside RSCRouterContext, provided only by RSC's framework mode;
 * - reading the router state that a server render leaves in the page (`window.__staticRouterHydrationData`, ~230):
 *   the app is rendered in the browser only;
 * - the inline script by which ScrollRestoration restores the scroll before a server-rendered page hydrates (~320),
 *   which it renders only inside framework mode's FrameworkContext; in the app it renders nothing, and its hook does
 *   the restoring.
 * Its production build also warns developers on the console (an API misused, a route without an element, …), and
 * those long messages ship in the shell; React's production build has no such warnings. Builds drop every call to
 * React Router's warning functions (~1,300 gzip bytes); development, on its development build, keeps them. Errors it
 * throws keep their messages.
 * Lines stay where they were, so the source map still fits.
 */
const leftOutOfReactRouter = (option: string) =>
  `throw new Error('Builds leave out React Router ${option} (vite.config.ts, reactRouterTreeShaking).')`;
/** One edit of React Router's build: `what` names it in the error a build gives when the pattern finds nothing. */
interface SourceEdit {
  what: string;
  pattern: RegExp;
  replacement: string;
}
const reactRouterEdits: SourceEdit[] = [
  { what: 'component names', pattern: /^[\w$]+\.displayName = "[^"\n]*";$/gm, replacement: '' },
  {
    what: 'pure forwardRef and memo',
    pattern: /^(var [\w$]+ = )(React\d*\.(?:forwardRef|memo)\()/gm,
    replacement: '$1/* @__PURE__ */ $2',
  },
  {
    what: 'instrumentations',
    pattern: /^( +if \(init\.instrumentations\) \{)$/gm,
    replacement: `$1 ${leftOutOfReactRouter('instrumentations')};`,
  },
  {
    what: "RSC errors' digest",
    pattern: /^( +if \()this\.context( && typeof error === "object")/m,
    replacement: '$1false$2',
  },
  { what: 'RSC error handler', pattern: /^( +if \()this\.context(\) \{)$/m, replacement: '$1false$2' },
  {
    what: 'hydration data',
    pattern: /^( +hydrationData: opts\?\.hydrationData) \|\| parseHydrationData\(\),$/gm,
    replacement: '$1,',
  },
  {
    what: "ScrollRestoration's server-render script",
    pattern: /^( +if \()!remixContext \|\| remixContext\.isSpaMode(\) \{)$/m,
    replacement: '$1true$2',
  },
  {
    what: 'patchRoutesOnNavigation option',
    pattern: /^( +patchRoutesOnNavigation: opts\?\.patchRoutesOnNavigation)(,)$/gm,
    replacement: `$1 && (() => { ${leftOutOfReactRouter('patchRoutesOnNavigation')} })()$2`,
  },
  { what: 'patchRoutesOnNavigation reads', pattern: /\binit\.patchRoutesOnNavigation\b/g, replacement: 'undefined' },
  // A call to a function without side effects whose result is unused is left out, with its message.
  {
    what: 'warnings',
    pattern: /^function (warning|warnOnce|warningOnce)\(/gm,
    replacement: '/* @__NO_SIDE_EFFECTS__ */ function $1(',
  },
];
// Each edit must still find its code: after a React Router upgrade, one that silently matched nothing would bring its
// bytes back, and one that matched elsewhere could change what runs, so the build stops and names it.
const editsApplied = new Set<string>();
const reactRouterTreeShaking: Plugin = {
  name: 'react-router-tree-shaking',
  apply: 'build',
  enforce: 'pre',
  buildStart() {
    editsApplied.clear();
  },
  transform(code, id) {
    if (!/[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/.test(id)) return undefined;
    let edited = code;
    for (const { what, pattern, replacement } of reactRouterEdits) {
      pattern.lastIndex = 0;
      if (!pattern.test(edited)) continue;
      editsApplied.add(what);
      edited = edited.replace(pattern, replacement);
    }
    return { code: edited, map: null };
  },
  buildEnd(error) {
    const missing = reactRouterEdits.filter(({ what }) => !editsApplied.has(what)).map(({ what }) => what);
    if (!error && missing.length > 0) {
      this.error(`React Router's build changed: no code matched the edits ${missing.join(', ')} (vite.config.ts).`);
    }
  },
};

/**
 * The GraphQL documents (`typedQuery(`…`)` in the documents.ts files of src/api) are written one field a line,
 * indented, for reading; the service ignores that whitespace, and the job list's documents ship in the shell. Builds
 * send each on one line, without the spaces around punctuation; the line breaks move after it, so the source map
 * still fits (scripts/lib/compact-graphql.ts says what it refuses).
 */
const compactGraphqlDocuments: Plugin = {
  name: 'compact-graphql-documents',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]src[\\/]api[\\/](?:.+[\\/])?documents\.ts$/.test(id)) return undefined;
    return {
      code: code.replace(
        /typedQuery\(`([^`]*)`\)/g,
        (_, document: string) =>
          `typedQuery(\`${compactGraphql(document)}\`${'\n'.repeat(document.split('\n').length - 1)})`,
      ),
      map: null,
    };
  },
};

/**
 * Parts of libraries that the shell imports, though the app never uses them. Builds give them a stand-in that says so
 * if the app ever needs them:
 * - MUI's createTheme holds two builders: one for themes without CSS variables, and createThemeWithVars (with the CSS
 *   variables machinery of @mui/system, ~5 KB gzip) that it calls only for `cssVariables: true`;
 * - the theme builder attaches stringifyTheme (~0.3 KB) as `toRuntimeSource`, which only Pigment CSS's build calls;
 * - ThemeProvider's useLayerOrder (~0.3 KB, and the GlobalStyles it renders) orders CSS layers only for a theme with
 *   `modularCssLayers` (the app's themes are src/app/theme/theme.ts);
 * - TanStack Query's Query fetches an infinite query's pages with infiniteQueryBehavior (~0.4 KB), and only for
 *   useInfiniteQuery and its kin, which the app does not use.
 */
const leftOut = (part: string) =>
  `throw new Error('This build leaves out ${part} (vite.config.ts, withoutUnusedLibraryParts): the app must not need it, or remove it from UNUSED_LIBRARY_PARTS.');`;
const UNUSED_LIBRARY_PARTS = [
  {
    source: './createThemeWithVars.mjs',
    importer: /[\\/]@mui[\\/]material[\\/]styles[\\/]createTheme\.mjs$/,
    standIn: `export default function createThemeWithVars() { ${leftOut('createThemeWithVars')} }`,
  },
  {
    source: './stringifyTheme.mjs',
    importer: /[\\/]@mui[\\/]material[\\/]styles[\\/]createThemeNoVars\.mjs$/,
    standIn: `export function stringifyTheme() { ${leftOut('stringifyTheme')} }`,
  },
  {
    source: './useLayerOrder.mjs',
    importer: /[\\/]@mui[\\/]system[\\/]ThemeProvider[\\/]ThemeProvider\.mjs$/,
    standIn: `export default function useLayerOrder(theme) {
  if (theme.modularCssLayers) ${leftOut('useLayerOrder')}
  return null;
}`,
  },
  {
    source: './infiniteQueryBehavior.js',
    importer: /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]query\.js$/,
    standIn: `export function infiniteQueryBehavior() { ${leftOut('infiniteQueryBehavior')} }`,
  },
];
const unusedPartPrefix = '\0unused-library-part:';
const withoutUnusedLibraryParts: Plugin = {
  name: 'without-unused-library-parts',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    const part = UNUSED_LIBRARY_PARTS.find(
      (candidate) => candidate.source === source && candidate.importer.test(importer ?? ''),
    );
    return part ? `${unusedPartPrefix}${part.source}` : undefined;
  },
  load(id) {
    const part = UNUSED_LIBRARY_PARTS.find((candidate) => id === `${unusedPartPrefix}${candidate.source}`);
    return part?.standIn;
  },
};

/**
 * Parts of MUI's buttons that a first page never shows, though the buttons import them statically, so they would ship
 * in the shell: ButtonBase mounts its ripple (TouchRipple, ~2.5 KB gzip) only after the first press or keyboard focus
 * (MUI's LazyRipple), and Button and IconButton render CircularProgress (~1.3 KB) only for `loading`, which the app
 * does not use. Builds give them a stand-in that loads the real component in its own chunk when the browser is idle
 * after the page's first content (src/lib/after-first-content.ts), or when first rendered if that comes sooner (that
 * render then shows nothing for a moment: a press without its ripple; the button works as always).
 */
const afterFirstContentModule = fileURLToPath(new URL('./src/lib/after-first-content.ts', import.meta.url));
const LOAD_AFTER_FIRST_CONTENT = [
  { source: './TouchRipple.mjs', importer: /[\\/]@mui[\\/]material[\\/]ButtonBase[\\/]ButtonBase\.mjs$/ },
  {
    source: '../CircularProgress/index.mjs',
    importer: /[\\/]@mui[\\/]material[\\/](?:Button|IconButton)[\\/](?:Button|IconButton)\.mjs$/,
  },
];
const standInPrefix = '\0after-first-content:';
const muiPartsAfterFirstContent: Plugin = {
  name: 'mui-parts-after-first-content',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !LOAD_AFTER_FIRST_CONTENT.some((part) => part.source === source && part.importer.test(importer))) {
      return undefined;
    }
    return `${standInPrefix}${path.join(path.dirname(importer), source)}`;
  },
  load(id) {
    if (!id.startsWith(standInPrefix)) return undefined;
    const real = JSON.stringify(id.slice(standInPrefix.length));
    return `import * as React from 'react';
import { afterFirstContent } from ${JSON.stringify(afterFirstContentModule)};
let loaded;
let loading;
const load = () => (loading ??= import(${real}).then((module) => (loaded = module.default)));
afterFirstContent(() => void load());
export default function LoadedAfterFirstContent(props) {
  const [Real, setReal] = React.useState(() => loaded);
  React.useEffect(() => {
    if (!Real) void load().then((ready) => setReal(() => ready));
  }, [Real]);
  return Real ? React.createElement(Real, props) : null;
}`;
  },
};

/**
 * The entry (React DOM, the router, the shell: nearly all of it runs as the page starts) is marked for V8 to compile
 * every function as the file downloads, off the main thread (explicit compile hints, Chrome 136+; others ignore the
 * comment). Otherwise each function is compiled on the main thread when first called, React DOM's module body among
 * them, inside the start's tasks. The comment must open the file, so it goes on once the chunk is final; the source map
 * skips its line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const entryCompileHint: Plugin = {
  name: 'entry-compile-hint',
  apply: 'build',
  generateBundle: {
    order: 'post',
    handler(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        chunk.code = COMPILE_HINT + chunk.code;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type !== 'asset' || typeof map.source !== 'string')
          throw new Error(`No source map for ${chunk.fileName}`);
        const json = JSON.parse(map.source) as { mappings: string };
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    },
  },
};

/**
 * CSS Modules' class names in builds: five characters from a hash of the file and the local name, where Vite's default
 * (`_<local>_<hash>_<line>`) costs ~800 gzip bytes on a landing route, in its CSS and in the scripts that name the
 * classes. Development keeps the readable default. Two names hashing alike would break a page's look silently: the
 * build stops instead (rename one class).
 */
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const scopedNames = new Map<string, string>();
function shortScopedName(local: string, file: string): string {
  const key = `${path.relative(projectRoot, file).split(path.sep).join('/')}:${local}`;
  const name = `_${createHash('sha256').update(key).digest().readUIntBE(0, 6).toString(36).slice(0, 5)}`;
  const owner = scopedNames.get(name);
  if (owner !== undefined && owner !== key) throw new Error(`CSS class names ${owner} and ${key} hash alike.`);
  scopedNames.set(name, key);
  return name;
}

export default defineConfig(({ command }) => ({
  css: { modules: command === 'build' ? { generateScopedName: shortScopedName } : {} },
  // Relative asset URLs: one build works at any base path (see README, "Hosting").
  base: './',
  plugins: [
    react(),
    landingShared.plugin,
    menuSteps.plugin,
    reactRouterTreeShaking,
    withoutUnusedLibraryParts,
    compactGraphqlDocuments,
    muiPartsAfterFirstContent,
    entryCompileHint,
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : []),
    ],
  },
  build: {
    manifest: true,
    // Every browser the build targets preloads modules itself: Vite's polyfill for older ones would only cost bytes.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // @emotion/react imports hoist-non-react-statics (and its own react-is 16) bare, for withTheme, which the app
        // never uses; the package has no side effects, so it may go when nothing uses it.
        moduleSideEffects: (id) => (/[\\/]node_modules[\\/]hoist-non-react-statics[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // Chunks and their CSS are named by their hash alone, of seven characters (rolldown stops the build if there
        // are ever too many chunks for that): every chunk names the chunks it imports, and the entry names every lazy
        // chunk with its dependencies and CSS (to preload them), so readable names and the default eight characters
        // cost ~1,300 gzip bytes on a landing route. The manifest (dist/.vite/manifest.json) says what each file holds.
        chunkFileNames: 'assets/[hash:7].js',
        assetFileNames: 'assets/[hash:7][extname]',
        codeSplitting: {
          // Every route loads the entry and all it imports statically. Left to itself, rolldown splits those modules
          // into a dozen chunks (shared with lazy pages); one file compresses better and costs one request.
          groups: [
            { name: 'shell', tags: ['$initial'], priority: 2 },
            { name: 'pages-common', test: (id) => landingShared.test(id) || queryHook.test(id), priority: 1 },
            { name: (id) => menuSteps.chunkOf(id), debugName: 'menu-steps' },
          ],
        },
      },
    },
  },
  server: { host: 'localhost', port: 5173, strictPort: true, proxy },
  preview: { host: 'localhost', port: 4173, strictPort: true, proxy },
  test: {
    // A passing run prints its summary and nothing else (one line per file would bury a warning): Vitest's `minimal`
    // reporter prints a failed file in full, with its failures and what its tests logged, and hides passed tests' output.
    reporters: ['minimal'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Vitest's default leaves a core to itself (availableParallelism - 1), which is one worker on the 2 cores of CI;
    // the main process mostly waits on the workers, and two of them took src/features from 43 s to 28 s there.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.node.test.ts', ...ISOLATED_APP_TESTS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app-isolated',
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
          include: ISOLATED_APP_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One module cache per worker: each file importing the emulator (Fastify, the OIDC provider, the spec's
          // validators) afresh was most of this project's CPU. No file here replaces modules
          // (scripts/isolated-app-tests.test.ts), and what a file starts it stops: the files share a process.
          isolate: false,
          include: [
            'emulator/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'deploy/**/*.test.ts',
            'src/**/*.node.test.ts',
          ],
        },
      },
    ],
  },
}));
