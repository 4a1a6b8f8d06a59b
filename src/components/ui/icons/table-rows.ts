import type { IconShape } from './icon-shape';

export const TableRowsIcon: IconShape = {
  name: 'TableRows',
  path: 'M21 8H3V4h18zm0 2H3v4h18zm0 6H3v4h18z',
};
