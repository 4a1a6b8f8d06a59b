import type { Manifest } from 'vite';
import { describe, expect, it } from 'vitest';
import { entryKey, routeAssets } from './route-assets.ts';

// Shaped like Vite 8's dist/.vite/manifest.json for a shell with two lazy pages sharing a chunk.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-b2.js'],
    dynamicImports: ['src/features/job-list/pages/jobs-page.tsx', 'src/features/executions/pages/executions-page.tsx'],
    css: ['assets/index-c3.css'],
    assets: ['assets/font-d4.woff2'],
  },
  '_vendor-b2.js': { file: 'assets/vendor-b2.js', imports: ['_rolldown-runtime-e5.js'] },
  '_rolldown-runtime-e5.js': { file: 'assets/rolldown-runtime-e5.js' },
  'src/features/job-list/pages/jobs-page.tsx': {
    file: 'assets/jobs-page-f6.js',
    src: 'src/features/job-list/pages/jobs-page.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_table-g7.js'],
    dynamicImports: ['_log-viewer-k0.js'],
  },
  '_table-g7.js': { file: 'assets/table-g7.js', imports: ['_vendor-b2.js'], css: ['assets/table-h8.css'] },
  'src/features/executions/pages/executions-page.tsx': {
    file: 'assets/executions-page-i9.js',
    src: 'src/features/executions/pages/executions-page.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_table-g7.js', '_charts-j0.js'],
  },
  '_charts-j0.js': { file: 'assets/charts-j0.js' },
  '_log-viewer-k0.js': { file: 'assets/log-viewer-k0.js' },
};

describe('routeAssets', () => {
  it('collects the entry, the lazy page and their static imports, recursively, each once', () => {
    expect(routeAssets(manifest, ['index.html', 'src/features/job-list/pages/jobs-page.tsx'])).toEqual([
      'assets/index-a1.js',
      'assets/index-c3.css',
      'assets/vendor-b2.js',
      'assets/rolldown-runtime-e5.js',
      'assets/jobs-page-f6.js',
      'assets/table-g7.js',
      'assets/table-h8.css',
    ]);
  });

  it("leaves out other routes' chunks, dynamic imports and non-code assets", () => {
    const files = routeAssets(manifest, ['index.html', 'src/features/job-list/pages/jobs-page.tsx']);
    expect(files).not.toContain('assets/charts-j0.js');
    expect(files).not.toContain('assets/log-viewer-k0.js');
    expect(files).not.toContain('assets/executions-page-i9.js');
    expect(files).not.toContain('assets/font-d4.woff2');
  });

  it('names a missing chunk and who imports it', () => {
    const broken: Manifest = { ...manifest, 'index.html': { ...manifest['index.html']!, imports: ['_gone-x.js'] } };
    expect(() => routeAssets(broken, ['index.html'])).toThrow(
      '"_gone-x.js" (imported by "index.html") is not in the Vite manifest',
    );
    expect(() => routeAssets(manifest, ['src/nope.tsx'])).toThrow('"src/nope.tsx" is not in the Vite manifest');
  });
});

describe('entryKey', () => {
  it('finds the single HTML entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });

  it('refuses a manifest without exactly one entry', () => {
    const { 'index.html': _entry, ...withoutEntry } = manifest;
    expect(() => entryKey(withoutEntry)).toThrow('expected one entry in the Vite manifest, found 0');
  });
});
