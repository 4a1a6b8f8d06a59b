import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import type { ConfigFieldProblem } from './config-schema';
import type { ConfigProblem } from './load-config';
import { countOf } from '@/lib/words';

const EXAMPLE = `{
  "apiBaseUrl": "",
  "auth": null,
  "teams": ["data-platform"],
  "defaultTeam": "data-platform"
}`;

function summary(problem: ConfigProblem): { title: string; detail: string } {
  switch (problem.kind) {
    case 'unreachable':
      return {
        title: 'The configuration file could not be downloaded',
        detail: `The request failed (${problem.detail}). Check that the server is up and that config.json is deployed next to index.html.`,
      };
    case 'http':
      return {
        title:
          problem.status === 404 ? 'The configuration file is missing' : `The server refused the configuration file`,
        detail: `The server answered HTTP ${problem.status}${problem.statusText ? ` ${problem.statusText}` : ''}. Deploy config.json next to index.html.`,
      };
    case 'not-json':
      return problem.looksLikeHtml
        ? {
            title: 'The configuration file is missing',
            detail:
              'The server answered with an HTML page instead of JSON. Usually config.json is not deployed and the server’s fallback sent index.html instead. Deploy config.json next to index.html.',
          }
        : {
            title: 'The configuration file is not valid JSON',
            detail: `${problem.detail}. Fix the syntax (a trailing comma, a missing quote or brace) and reload.`,
          };
    case 'invalid':
      return {
        title: `The configuration file has ${problem.problems.length === 1 ? 'a wrong field' : countOf(problem.problems.length, 'wrong field')}`,
        detail: 'Fix each field below in config.json, then reload this page.',
      };
  }
}

function FieldProblems({ problems }: { problems: ConfigFieldProblem[] }) {
  return (
    <Table size="small" aria-label="Wrong fields in config.json">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Field
          </TableCell>
          <TableCell component="th" scope="col">
            Expected
          </TableCell>
          <TableCell component="th" scope="col">
            Found
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {problems.map((problem) => (
          <TableRow key={`${problem.path}:${problem.expected}`}>
            <TableCell component="th" scope="row">
              <code>{problem.path}</code>
            </TableCell>
            <TableCell>{problem.expected}</TableCell>
            <TableCell>
              <code>{problem.got}</code>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

interface ConfigErrorPageProps {
  configUrl: string;
  problem: ConfigProblem;
}

/** Shown instead of the app when config.json cannot be used: never a white screen. */
export function ConfigErrorPage({ configUrl, problem }: ConfigErrorPageProps) {
  const { title, detail } = summary(problem);
  useEffect(() => {
    document.title = 'Configuration error · VDK Dashboard';
  }, []);
  return (
    <Container component="main" maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        VDK Dashboard cannot start
      </Typography>
      <Alert severity="error" sx={{ mb: 3 }}>
        <AlertTitle>{title}</AlertTitle>
        {detail}
      </Alert>
      {problem.kind === 'invalid' && <FieldProblems problems={problem.problems} />}
      <Box sx={{ mt: 3 }}>
        <Typography variant="body2" gutterBottom>
          File: <Link href={configUrl}>{configUrl}</Link>. Every key is described in the README, section
          “Configuration”. A minimal file for a Control Service without login:
        </Typography>
        <Box component="pre" sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto' }}>
          {EXAMPLE}
        </Box>
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Box>
    </Container>
  );
}
