import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type Ref, useId, type ReactNode } from 'react';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';

interface SectionCardProps {
  title: string;
  /** The job's team: Edit is disabled, with the reason, for someone who may not change its jobs. */
  team: string;
  /** Shows the Edit button; left out while editing or while there is nothing to edit yet. */
  onEdit?: () => void;
  /** One line under the title. */
  hint?: ReactNode;
  children: ReactNode;
  /** The section, focusable by script: a link to its editor lands here when the editor may not open. */
  ref?: Ref<HTMLElement>;
}

/** A card of the job overview: a section named by its heading, with an Edit button beside the heading. */
export function SectionCard({ title, team, onEdit, hint, children, ref }: SectionCardProps) {
  const headingId = useId();
  const { reason } = useWriteAccess(team);
  return (
    <Paper ref={ref} component="section" aria-labelledby={headingId} tabIndex={-1} variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {onEdit && (
          <ReasonHint reason={reason}>
            <Button
              size="small"
              startIcon={<EditIcon />}
              disabled={reason !== undefined}
              onClick={onEdit}
              aria-label={`Edit ${title.toLowerCase()}`}
            >
              Edit
            </Button>
          </ReasonHint>
        )}
      </Stack>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {hint}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
