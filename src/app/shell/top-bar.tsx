import type { ReactNode } from 'react';
import { TextLink } from '@/components/ui/text-link';
import { SignedInUserMenu } from '@/auth';
import { PRODUCT_NAME } from '@/components/page/use-document-title';
import { paths } from '@/lib/paths';
import { TeamSwitcher } from './team-switcher';
import { ThemeSwitch } from './theme-switch';
import { TimeZoneSwitch } from './time-zone-switch';
import styles from './top-bar.module.css';

interface TopBarProps {
  /** Extra controls at the end of the bar (login puts the user menu here). */
  end?: ReactNode;
}

export function TopBar({ end }: TopBarProps) {
  return (
    // What AppBar (sticky, primary) and its Toolbar render for the theme (top-bar.module.css), without MUI.
    <header className={styles.bar}>
      <div className={styles.toolbar}>
        <TextLink to={paths.home()} color="inherit" underline="none" className={styles.product}>
          {PRODUCT_NAME}
        </TextLink>
        <TeamSwitcher />
        <div className={styles.spacer} />
        <div className={styles.end}>
          <TimeZoneSwitch />
          <ThemeSwitch />
          {end}
          <SignedInUserMenu />
        </div>
      </div>
    </header>
  );
}
