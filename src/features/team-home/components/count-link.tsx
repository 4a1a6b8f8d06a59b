import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { formatNumber } from '@/lib/words';

interface CountLinkProps {
  count: number;
  /** What is counted, said after the number: "running" → "3 running". */
  label: string;
  to: string;
  icon?: ReactNode;
}

/** A number that opens the filtered page behind it: never a dead number. Huge counts keep their digits. */
export function CountLink({ count, label, to, icon }: CountLinkProps) {
  return (
    <Link
      component={RouterLink}
      to={to}
      underline="hover"
      color="inherit"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}
    >
      {icon}
      <Typography component="span" variant="h5" sx={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>
        {formatNumber(count)}
      </Typography>{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Link>
  );
}
