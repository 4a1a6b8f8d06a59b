import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** The next step, e.g. a "Create job" or "Clear filters" button. */
  action?: ReactNode;
  icon?: ReactNode;
  /** Heading level of the title inside the page (default h2). */
  headingLevel?: 'h1' | 'h2' | 'h3';
}

/** Nothing to show, said plainly, with the next step. */
export function EmptyState({ title, description, action, icon, headingLevel = 'h2' }: EmptyStateProps) {
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center', color: 'text.secondary' }}>
      {icon && <Box sx={{ fontSize: 48, mb: 1, '& svg': { fontSize: 'inherit' } }}>{icon}</Box>}
      <Typography variant="h6" component={headingLevel} color="text.primary" gutterBottom>
        {title}
      </Typography>
      {description && <Typography variant="body2">{description}</Typography>}
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
}
