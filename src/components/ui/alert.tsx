import type { ComponentProps, ReactNode } from 'react';
import styles from './alert.module.css';
import { classNames } from './class-names';
import { Icon } from './icon';
import { IconButton } from './icon-button';
import { CloseIcon, ErrorOutlineIcon, InfoOutlinedIcon, ReportProblemOutlinedIcon, SuccessOutlinedIcon } from './icons';

export type AlertSeverity = 'error' | 'warning' | 'info' | 'success';

// The severity shows as an icon of its own shape too, never by colour alone.
const SEVERITY_ICONS = {
  error: ErrorOutlineIcon,
  warning: ReportProblemOutlinedIcon,
  info: InfoOutlinedIcon,
  success: SuccessOutlinedIcon,
};

interface AlertProps extends Omit<ComponentProps<'div'>, 'title'> {
  severity: AlertSeverity;
  /** A first line in bold: what happened, in the user's words. */
  title?: ReactNode;
  /** Buttons at the end (Retry, Copy details); small `color="inherit"` ones look right here. */
  action?: ReactNode;
  /** Shows a close button (named "Close") when there is no `action`. */
  onClose?: () => void;
  /**
   * `alert` (default) interrupts assistive technology at once, for what went wrong; `status` waits its turn, for a
   * confirmation.
   */
  role?: 'alert' | 'status';
}

/** A message about the page's state, as MUI's standard Alert draws it: a tinted box, the severity's icon, actions. */
export function Alert({ severity, title, action, onClose, role = 'alert', className, children, ...props }: AlertProps) {
  const end =
    action ??
    (onClose ? (
      <IconButton label="Close" title="Close" size="small" color="inherit" onClick={onClose}>
        <Icon icon={CloseIcon} fontSize="small" />
      </IconButton>
    ) : null);
  return (
    <div role={role} className={classNames(styles.alert, styles[severity], className)} {...props}>
      <div className={styles.icon}>
        <Icon icon={SEVERITY_ICONS[severity]} fontSize="inherit" />
      </div>
      <div className={styles.message}>
        {title ? <div className={styles.title}>{title}</div> : null}
        {children}
      </div>
      {end ? <div className={styles.action}>{end}</div> : null}
    </div>
  );
}
