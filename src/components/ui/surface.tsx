import type { ComponentProps, ElementType } from 'react';
import { classNames } from './class-names';
import styles from './surface.module.css';

export interface SurfaceLookProps {
  /** `elevation`: raised by a shadow, as MUI's Paper at elevation 1; `outlined`: a border, no shadow. */
  variant?: 'elevation' | 'outlined';
  /** No rounded corners (a bar across the page). */
  square?: boolean;
}

function surfaceClassName({ variant = 'elevation', square = false }: SurfaceLookProps, className?: string) {
  return classNames(styles.surface, styles[variant], square && styles.square, className);
}

type SurfaceProps = SurfaceLookProps & ComponentProps<'div'> & { as?: ElementType };

/** A sheet of paper for content (a card, a bar, a table's frame), as MUI's Paper draws it; `as` picks the element. */
export function Surface({ variant, square, as: Element = 'div', className, ...props }: SurfaceProps) {
  return <Element className={surfaceClassName({ variant, square }, className)} {...props} />;
}
