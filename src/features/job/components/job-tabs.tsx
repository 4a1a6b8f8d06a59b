import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { JobRef } from '@/api/types';
import { RouterLink } from '@/components/routing/router-link';
import { paths } from '@/lib/paths';

/** Overview / Executions / Deployment as links (each is its own URL); the current one is marked for everyone. */
export function JobTabs({ jobRef }: { jobRef: JobRef }) {
  const tabs = [
    { label: 'Overview', to: paths.job(jobRef), current: 'exact' },
    { label: 'Executions', to: paths.executions(jobRef), current: 'within' },
    { label: 'Deployment', to: paths.deployment(jobRef), current: 'exact' },
  ] as const;
  return (
    <Box component="nav" aria-label="Job sections" sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
      <Box component="ul" sx={{ display: 'flex', gap: 1, m: 0, p: 0, listStyle: 'none' }}>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link
              component={RouterLink}
              to={tab.to}
              current={tab.current}
              underline="none"
              sx={{
                display: 'inline-block',
                px: 2,
                py: 1.25,
                fontWeight: 500,
                color: 'text.secondary',
                borderBottom: 2,
                borderColor: 'transparent',
                '&[aria-current="page"]': { color: 'primary.main', borderColor: 'primary.main' },
              }}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
