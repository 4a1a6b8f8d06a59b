import type { Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

/**
 * The log rows' styles (log-line-row.tsx), set once on the element around them: the rows are plain elements, so the
 * hundred rows that a scroll, a search key or a batch of a streaming log renders cost no style work each.
 */
export const logLineStyles = (theme: Theme): SystemStyleObject<Theme> => ({
  '& [data-line]': { display: 'flex', minWidth: '100%' },
  '& [data-line][data-error]': {
    bgcolor: 'rgba(211, 47, 47, 0.08)',
    boxShadow: `inset 3px 0 0 ${theme.palette.error.main}`,
  },
  '& [data-line][aria-current="true"]': { bgcolor: 'action.selected' },
  '& [data-gutter]': {
    position: 'sticky',
    left: 0,
    flex: 'none',
    pr: 1.5,
    textAlign: 'right',
    color: 'text.secondary',
    userSelect: 'none',
    bgcolor: 'background.paper',
  },
  '& a[data-gutter]': {
    textDecoration: 'none',
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
  },
  '& [data-text]': { flex: 1, pr: 2 },
  '& mark': { bgcolor: 'warning.light', color: 'inherit', borderRadius: 0.5 },
  '& mark[data-current="true"]': { bgcolor: 'warning.main', color: 'warning.contrastText' },
});
