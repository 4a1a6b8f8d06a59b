import type { IconShape } from './icon-shape';

export const ArrowDropDownIcon: IconShape = { name: 'ArrowDropDown', path: 'm7 10 5 5 5-5z' };
