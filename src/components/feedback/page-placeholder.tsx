import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

/** A page's shape while its data loads: a heading line and a block, announced as a busy progress bar. */
export function PagePlaceholder({ label, headingWidth }: { label: string; headingWidth: number }) {
  return (
    <Box role="progressbar" aria-busy="true" aria-label={label}>
      <Skeleton variant="text" width={headingWidth} height={44} />
      <Skeleton variant="rounded" height={180} />
    </Box>
  );
}
