import type { IconShape } from './icon-shape';

export const PlayArrowIcon: IconShape = { name: 'PlayArrow', path: 'M8 5v14l11-7z' };
