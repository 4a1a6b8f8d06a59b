import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

/** Every shortcut the dashboard has; none fires while typing in a field. */
const SHORTCUTS: readonly { keys: string; where: string; does: string }[] = [
  { keys: '?', where: 'Anywhere', does: 'Show this list' },
  {
    keys: 'Ctrl+K / ⌘K',
    where: 'Anywhere',
    does: 'Find a job in any team, open an execution by id, switch team, run this page’s actions',
  },
  { keys: '/', where: 'Job lists', does: 'Search the jobs' },
  { keys: '↑ / ↓', where: 'Job lists', does: 'Move between the jobs’ links' },
  { keys: '↑ / ↓, Enter', where: 'Command palette', does: 'Choose a result, and go to it or run it' },
  { keys: 'Escape', where: 'Dialogs, hints', does: 'Close' },
];

export default function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Shortcuts do nothing while you type in a field.
        </Typography>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>Keys</TableCell>
              <TableCell>Where</TableCell>
              <TableCell>What it does</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUTS.map((shortcut) => (
              <TableRow key={shortcut.keys + shortcut.where}>
                <TableCell>
                  <kbd>{shortcut.keys}</kbd>
                </TableCell>
                <TableCell>{shortcut.where}</TableCell>
                <TableCell>{shortcut.does}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
