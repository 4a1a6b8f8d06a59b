import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from './use-document-title';

interface PageNotBuiltProps {
  title: string;
  /** The route's params, listed so the link can be checked while the page is missing. */
  params: Record<string, string | undefined>;
}

/** Stand-in for a reserved route whose page has not been built yet. Says so plainly. */
export function PageNotBuilt({ title, params }: PageNotBuiltProps) {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined);
  useDocumentTitle(title, ...entries.map(([, value]) => value).reverse());
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Alert severity="info">This page is not built yet.</Alert>
      {entries.length > 0 && (
        <Box component="dl" sx={{ mt: 2 }}>
          {entries.map(([key, value]) => (
            <Box key={key} sx={{ display: 'flex', gap: 1 }}>
              <Box component="dt" sx={{ fontWeight: 'bold' }}>
                {key}:
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {value}
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
