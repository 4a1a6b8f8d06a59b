import type { ComponentProps, ElementType } from 'react';
import { classNames } from './class-names';
import styles from './text.module.css';

export type TextVariant = 'h4' | 'h5' | 'h6' | 'subtitle1' | 'subtitle2' | 'body1' | 'body2' | 'caption' | 'inherit';

export type TextColor = 'text.primary' | 'text.secondary' | 'warning' | 'inherit';

// The element each variant renders by default, as MUI's Typography: headings are headings, captions are spans.
const ELEMENTS: Record<TextVariant, ElementType> = {
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  subtitle1: 'h6',
  subtitle2: 'h6',
  body1: 'p',
  body2: 'p',
  caption: 'span',
  inherit: 'p',
};

const COLOR_CLASSES: Record<TextColor, string | undefined> = {
  'text.primary': styles.textPrimary,
  'text.secondary': styles.textSecondary,
  warning: styles.warning,
  inherit: undefined,
};

interface TextLookProps {
  variant?: TextVariant;
  color?: TextColor;
  gutterBottom?: boolean;
  /** One line, cut with an ellipsis. */
  noWrap?: boolean;
}

function textClassName(
  { variant = 'body1', color = 'inherit', gutterBottom = false, noWrap = false }: TextLookProps,
  className?: string,
): string {
  return classNames(
    styles.text,
    styles[variant],
    COLOR_CLASSES[color],
    gutterBottom && styles.gutterBottom,
    noWrap && styles.noWrap,
    className,
  );
}

type TextProps = TextLookProps & ComponentProps<'p'> & { as?: ElementType };

/**
 * Text in one of the theme's typography variants, as MUI's Typography draws it. `as` picks the element when the
 * variant's is not the right one for the document (an h6-sized card title that is the page's second-level heading).
 */
export function Text({ variant = 'body1', color, gutterBottom, noWrap, as, className, ...props }: TextProps) {
  const Element = as ?? ELEMENTS[variant];
  return <Element className={textClassName({ variant, color, gutterBottom, noWrap }, className)} {...props} />;
}

/** Text for assistive technology only, not shown (MUI's `visuallyHidden`): a label the layout has no room for. */
export function VisuallyHidden({ className, ...props }: ComponentProps<'span'>) {
  return <span className={classNames(styles.visuallyHidden, className)} {...props} />;
}
