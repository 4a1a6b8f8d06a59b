import AccountCircle from '@mui/icons-material/AccountCircle';
import Logout from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { LazyPopover } from '@/components/menu/lazy-menu';
import { useAuth } from './auth-context';

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
        startIcon={<AccountCircle />}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none' }}
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
        <Box sx={{ p: 2, minWidth: 240 }}>
          <Typography id={titleId} sx={{ fontWeight: 600 }}>
            {user.name}
          </Typography>
          {user.username && user.username !== user.name && (
            <Typography variant="body2" color="text.secondary">
              {user.username}
            </Typography>
          )}
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            {user.teams.length ? 'Your teams' : 'Your sign-in lists no teams.'}
          </Typography>
          {user.teams.length > 0 && (
            <Box component="ul" aria-label="Your teams" sx={{ m: 0, pl: 2.5 }}>
              {user.teams.map((team) => (
                <Typography component="li" variant="body2" key={team}>
                  {team}
                </Typography>
              ))}
            </Box>
          )}
          <Button
            variant="outlined"
            startIcon={<Logout />}
            fullWidth
            sx={{ mt: 2 }}
            onClick={() => {
              setAnchor(null);
              signOut();
            }}
          >
            Sign out
          </Button>
        </Box>
      </LazyPopover>
    </>
  );
}
