import { useId, useState } from 'react';
import { LazyPopover } from '@/components/menu/lazy-menu';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { AccountCircleIcon, LogoutIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { useAuth } from './auth-context';
import styles from './user-menu.module.css';

/** The signed-in user's name in the app bar; opens their login name, teams and "Sign out". Nothing without login. */
export function UserMenu() {
  const { user, signOut } = useAuth();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  const titleId = useId();
  if (!user) return null;
  const open = Boolean(anchor);

  return (
    <>
      <Button
        color="inherit"
        startIcon={<Icon icon={AccountCircleIcon} />}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        className={styles.trigger}
      >
        {user.name}
      </Button>
      <LazyPopover
        id={panelId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId } }}
      >
        <div className={styles.panel}>
          <Text id={titleId} className={styles.name}>
            {user.name}
          </Text>
          {user.username && user.username !== user.name && (
            <Text variant="body2" color="text.secondary">
              {user.username}
            </Text>
          )}
          <Text variant="body2" className={styles.teamsLabel}>
            {user.teams.length ? 'Your teams' : 'Your sign-in lists no teams.'}
          </Text>
          {user.teams.length > 0 && (
            <ul aria-label="Your teams" className={styles.teams}>
              {user.teams.map((team) => (
                <Text as="li" variant="body2" key={team}>
                  {team}
                </Text>
              ))}
            </ul>
          )}
          <Button
            variant="outlined"
            startIcon={<Icon icon={LogoutIcon} />}
            fullWidth
            className={styles.signOut}
            onClick={() => {
              setAnchor(null);
              signOut();
            }}
          >
            Sign out
          </Button>
        </div>
      </LazyPopover>
    </>
  );
}
