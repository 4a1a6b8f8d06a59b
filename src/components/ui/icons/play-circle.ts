import type { IconShape } from './icon-shape';

export const PlayCircleIcon: IconShape = {
  name: 'PlayCircle',
  path: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2M9.5 16.5v-9l7 4.5z',
};
