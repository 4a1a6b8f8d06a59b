import { gzipSync } from 'node:zlib';
import { eachMapping, type EncodedSourceMap, TraceMap } from '@jridgewell/trace-mapping';

/** What a source file counts toward: its npm package, or its folder under src/ (two levels: `src/features/job-list`). */
export function groupOf(source: string | null, byModule = false): string {
  if (!source) return '(bundler glue: chunk imports, preload lists, CommonJS wrappers)';
  const file = source.replace(/^(?:\.\.\/)+/, '');
  if (byModule) return file;
  const packagePath = file.lastIndexOf('node_modules/');
  if (packagePath >= 0) {
    const [scope = '', name = ''] = file.slice(packagePath + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const folders = file.split('/').slice(0, -1);
  return folders.length > 0 ? folders.slice(0, 3).join('/') : file;
}

export interface Share {
  group: string;
  /** Minified bytes the source map attributes to the group. */
  bytes: number;
  /** The group's share of the file's real gzip size: its bytes gzipped on their own, scaled to the file's total. */
  gzip: number;
}

/** Splits one minified file into the groups its source map names, largest gzip share first. */
export function breakdown(code: string, map: EncodedSourceMap, byModule = false): Share[] {
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at >= 0; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const segments: { at: number; source: string | null }[] = [];
  eachMapping(new TraceMap(map), (mapping) => {
    segments.push({ at: lineStarts[mapping.generatedLine - 1]! + mapping.generatedColumn, source: mapping.source });
  });
  segments.sort((a, b) => a.at - b.at);
  const texts = new Map<string, string[]>();
  const add = (from: number, to: number, source: string | null) => {
    if (to <= from) return;
    const group = groupOf(source, byModule);
    texts.set(group, [...(texts.get(group) ?? []), code.slice(from, to)]);
  };
  let from = 0;
  let source: string | null = null;
  for (const segment of segments) {
    add(from, segment.at, source);
    ({ at: from, source } = segment);
  }
  add(from, code.length, source);

  const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
  const alone = [...texts].map(([group, parts]) => ({ group, text: parts.join('') }));
  const aloneTotal = alone.reduce((sum, { text }) => sum + gzipped(text), 0);
  const total = gzipped(code);
  return alone
    .map(({ group, text }) => ({
      group,
      bytes: text.length,
      gzip: Math.round((gzipped(text) / aloneTotal) * total),
    }))
    .sort((a, b) => b.gzip - a.gzip);
}
