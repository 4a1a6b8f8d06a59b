import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { DataJob } from '@/api/types';
import { jobChanges } from '../model/job-changes';

interface ConflictAlertProps {
  /** The job when editing started. */
  base: DataJob;
  /** The job as it is now on the service. */
  current: DataJob;
  onReapply: () => void;
  onDiscard: () => void;
  isSaving: boolean;
}

/** A save refused because the job changed meanwhile: what changed, and the two ways forward. Nothing is lost. */
export function ConflictAlert({ base, current, onReapply, onDiscard, isSaving }: ConflictAlertProps) {
  const changes = jobChanges(base, current);
  const titleId = useId();
  return (
    <Alert severity="warning" role="alert" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>Not saved: this job was changed by someone else</AlertTitle>
      <Typography variant="body2">
        The job changed after you started editing. Your edits are kept below; nothing was overwritten.
      </Typography>
      {changes.length > 0 && (
        <Box component="ul" aria-label="Changes made by someone else" sx={{ pl: 2, my: 1 }}>
          {changes.map((change) => (
            <li key={change.label}>
              <Typography variant="body2">
                <strong>{change.label}:</strong> {change.before} → {change.after}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button variant="contained" size="small" onClick={onReapply} disabled={isSaving}>
          Apply my edits to the latest version
        </Button>
        <Button size="small" color="inherit" onClick={onDiscard} disabled={isSaving}>
          Discard my edits
        </Button>
      </Stack>
    </Alert>
  );
}
