import type { IconShape } from './icon-shape';

export const SkipNextIcon: IconShape = { name: 'SkipNext', path: 'm6 18 8.5-6L6 6zM16 6v12h2V6z' };
