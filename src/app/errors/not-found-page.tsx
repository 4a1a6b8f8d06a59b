import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { RouterLink } from '@/components/routing/router-link';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography gutterBottom>
        There is no page at <code>{pathname}</code>. The link may be mistyped or out of date.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button variant="contained" component={RouterLink} to={paths.home()}>
          Go to your home page
        </Button>
        <Button component={RouterLink} to={paths.allJobs()}>
          All teams’ jobs
        </Button>
      </Stack>
    </Box>
  );
}
