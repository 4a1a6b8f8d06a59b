import type { IconShape } from './icon-shape';

export const KeyboardArrowUpIcon: IconShape = {
  name: 'KeyboardArrowUp',
  path: 'M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z',
};
