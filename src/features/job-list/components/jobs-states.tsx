import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import WorkOutlinedIcon from '@mui/icons-material/WorkOutlined';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { keyframes } from '@emotion/react';
import type { ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { EmptyState } from '@/components/feedback/empty-state';
import { paths } from '@/lib/paths';

const SKELETON_ROWS = 8;

// A plain pulsing bar: MUI's Skeleton would add ~2 KB gzip to the first route for the same look.
const pulse = keyframes`50% { opacity: 0.4; }`;

/** The table's shape while the first page loads, so the page does not jump when it arrives. */
export function JobsTableSkeleton({ columns }: { columns: number }) {
  return (
    <Table size="small" aria-label="Loading jobs" aria-busy>
      <TableBody>
        {Array.from({ length: SKELETON_ROWS }, (_, row) => (
          <TableRow key={row}>
            {Array.from({ length: columns }, (_, column) => (
              <TableCell key={column}>
                <Box
                  sx={{
                    width: column === 0 ? 160 : 80,
                    height: 12,
                    my: 0.5,
                    borderRadius: 1,
                    bgcolor: 'action.hover',
                    animation: `${pulse} 1.5s ease-in-out infinite`,
                    '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
                  }}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A team without any job: say so, and offer the first step. */
export function NoJobsYet({ team, createAction }: { team: string | undefined; createAction: ReactNode }) {
  return (
    <EmptyState
      icon={<WorkOutlinedIcon />}
      title="No jobs yet"
      description={
        team
          ? `Team ${team} has no data jobs. Create one here, then deploy it with the VDK CLI (vdk deploy).`
          : 'No team has any data jobs yet.'
      }
      action={createAction}
    />
  );
}

/** Filters that match nothing: name them and offer to clear them. */
export function NoMatchingJobs({ criteria, onClear }: { criteria: string[]; onClear: () => void }) {
  return (
    <EmptyState
      icon={<FilterListOffIcon />}
      title="No jobs match"
      description={criteria.length > 0 ? `No job matches ${criteria.join(' and ')}.` : undefined}
      action={
        <Button variant="outlined" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}

/** The service refused (403): say so plainly and offer the teams the user can go to instead. */
export function NoAccess({ team, otherTeams }: { team: string | undefined; otherTeams: readonly string[] }) {
  return (
    <EmptyState
      icon={<LockOutlinedIcon />}
      title="No access"
      description={
        team
          ? `You are not allowed to see the jobs of team ${team}. Ask one of its members for access, or open another team.`
          : 'You are not allowed to list these jobs.'
      }
      action={otherTeams.slice(0, 5).map((other) => (
        <Button key={other} variant="outlined" component={RouterLink} to={paths.jobs({ team: other })} sx={{ m: 0.5 }}>
          Jobs of {other}
        </Button>
      ))}
    />
  );
}
