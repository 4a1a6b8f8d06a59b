import Box from '@mui/material/Box';
import { keyframes } from '@emotion/react';

// MUI's LinearProgress (determinate, buffer and query variants, ~1.6 KB gzip) for one indeterminate bar.
const slide = keyframes`from { transform: translateX(-100%); } to { transform: translateX(250%); }`;

/** A thin indeterminate progress bar in the primary colour, announced as a progressbar named by `label`. */
export function LoadingBar({ label }: { label: string }) {
  return (
    <Box
      role="progressbar"
      aria-label={label}
      sx={{ position: 'relative', height: 4, overflow: 'hidden', bgcolor: 'action.selected' }}
    >
      <Box
        sx={{
          position: 'absolute',
          inset: 0,
          width: '40%',
          bgcolor: 'primary.main',
          animation: `${slide} 1.4s ease-in-out infinite`,
          '@media (prefers-reduced-motion: reduce)': { animation: 'none', width: '100%', opacity: 0.6 },
        }}
      />
    </Box>
  );
}
