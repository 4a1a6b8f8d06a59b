/** A Material icon for <Icon> (../icon.tsx): its name and 24×24 path. */
export interface IconShape {
  /** The Material name: `data-testid="<name>Icon"`, as MUI's icon components set it. */
  name: string;
  /** The 24×24 path data. */
  path: string;
}
