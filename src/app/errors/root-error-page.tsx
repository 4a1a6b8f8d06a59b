import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRouteError } from 'react-router';

/** Last line of defence when the shell itself fails: a plain page with the reason and Reload. */
export function RootErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    // Container's layout (md width, centred, gutters) with a Box: Container would ship for this page alone.
    <Box component="main" sx={{ maxWidth: 'md', mx: 'auto', px: { xs: 2, sm: 3 }, py: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        VDK Dashboard ran into a problem
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>The application failed</AlertTitle>
        {message}
      </Alert>
      <Button variant="contained" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </Box>
  );
}
