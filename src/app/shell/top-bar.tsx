import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { SignedInUserMenu } from '@/auth';
import { PRODUCT_NAME } from '@/components/page/use-document-title';
import { paths } from '@/lib/paths';
import { TeamSwitcher } from './team-switcher';
import { ThemeSwitch } from './theme-switch';
import { TimeZoneSwitch } from './time-zone-switch';

interface TopBarProps {
  /** Extra controls at the end of the bar (login puts the user menu here). */
  end?: ReactNode;
}

export function TopBar({ end }: TopBarProps) {
  return (
    // What AppBar (sticky, primary) renders for a theme without CSS variables: its Paper and its colours.
    <Paper
      component="header"
      square
      elevation={1}
      sx={{
        position: 'sticky',
        top: 0,
        zIndex: 'appBar',
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        flexShrink: 0,
        bgcolor: 'primary.main',
        color: 'primary.contrastText',
      }}
    >
      {/* Toolbar's layout (gutters, the theme's toolbar heights) without the component. */}
      <Box
        sx={(theme) => ({
          ...theme.mixins.toolbar,
          position: 'relative',
          display: 'flex',
          alignItems: 'center',
          px: { xs: 2, sm: 3 },
          gap: 2,
          flexWrap: 'wrap',
        })}
      >
        <Link
          component={RouterLink}
          to={paths.home()}
          color="inherit"
          underline="none"
          variant="h6"
          sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
        >
          {PRODUCT_NAME}
        </Link>
        <TeamSwitcher />
        <Box sx={{ flexGrow: 1 }} />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TimeZoneSwitch />
          <ThemeSwitch />
          {end}
          <SignedInUserMenu />
        </Stack>
      </Box>
    </Paper>
  );
}
