import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Labelled values as a description list: terms in one column, values beside them. */
export function Facts({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <Box
      component="dl"
      aria-label={label}
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: 'max-content minmax(0, 1fr)',
        columnGap: 2,
        rowGap: 1,
        alignItems: 'center',
      }}
    >
      {children}
    </Box>
  );
}

/** One term and its value; `muted` for a value that says nothing is there. */
export function Fact({ label, muted, children }: { label: string; muted?: boolean; children: ReactNode }) {
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{ m: 0, overflowWrap: 'anywhere', color: muted ? 'text.secondary' : undefined }}
      >
        {children}
      </Typography>
    </Box>
  );
}
