import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The vendored VDK spec files, read by the emulator exactly as codegen reads them. */
const specDir = fileURLToPath(new URL('../../spec/vdk-api/', import.meta.url));

export function readSpecFile(name: 'api.yaml' | 'schema.graphqls'): string {
  return readFileSync(`${specDir}${name}`, 'utf8');
}
