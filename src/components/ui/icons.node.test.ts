import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as icons from './icons';

// Where each shape was copied from: the icon package, or MUI's own copies for the Alert (which differ from the
// package's icons of the same name).
const SOURCES = ['node_modules/@mui/material/internal/svg-icons', 'node_modules/@mui/icons-material'];

/** The path data of each source module that has the icon, its paths joined (an icon of several paths is one here). */
function sourcePaths(name: string): string[] {
  return SOURCES.flatMap((folder) => {
    try {
      const source = readFileSync(`${folder}/${name}.mjs`, 'utf8');
      return [[...source.matchAll(/\bd: "([^"]+)"/g)].map((match) => match[1]).join(' ')];
    } catch {
      return [];
    }
  });
}

// A path's first moveto sets how the points after it read: "m7 10 5 5" draws to (12, 15), "M7 10 5 5" to (5, 5).
// Copied by hand, a lowercase first letter was once capitalised and five icons drew as slivers.
describe('icon shapes', () => {
  it.each(Object.entries(icons).map(([exported, shape]) => [exported, shape]))(
    '%s draws the path of its Material icon',
    (_exported, shape) => {
      expect(sourcePaths(shape.name)).toContain(shape.path);
    },
  );
});
