import type { ComponentProps } from 'react';
import { RouterLink, type RouterLinkProps } from '@/components/routing/router-link';
import { classNames, FOCUS_RING } from './class-names';
import styles from './text-link.module.css';

export interface TextLinkLookProps {
  /** `primary` (default) or the colour of the text around it. */
  color?: 'primary' | 'inherit';
  /** `always` (default), on `hover` only, or `none`. */
  underline?: 'always' | 'hover' | 'none';
}

function textLinkClassName({ color = 'primary', underline = 'always' }: TextLinkLookProps, className?: string): string {
  return classNames(
    styles.link,
    FOCUS_RING,
    color === 'inherit' && styles.inherit,
    underline === 'hover' && styles.underlineHover,
    underline === 'none' && styles.underlineNone,
    className,
  );
}

/** A link to a route of the app, as MUI's Link draws it. */
export function TextLink({ color, underline, className, ...props }: TextLinkLookProps & RouterLinkProps) {
  return <RouterLink className={textLinkClassName({ color, underline }, className)} {...props} />;
}

/** A link out of the app (another site, a file): a plain `<a href>` drawn as TextLink. */
export function ExternalLink({
  color,
  underline,
  className,
  children,
  ...props
}: TextLinkLookProps & ComponentProps<'a'>) {
  return (
    <a className={textLinkClassName({ color, underline }, className)} {...props}>
      {children}
    </a>
  );
}
