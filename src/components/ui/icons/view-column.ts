import type { IconShape } from './icon-shape';

export const ViewColumnIcon: IconShape = {
  name: 'ViewColumn',
  path: 'M14.67 5v14H9.33V5zm1 14H21V5h-5.33zm-7.34 0V5H3v14z',
};
