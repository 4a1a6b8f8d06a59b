import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DataJob, JobRef } from '@/api/types';
import { useJobSectionEditor } from '../hooks/use-job-section-editor';
import { EditableSection } from './editable-section';

const read = (job: DataJob) => job.description ?? '';
const apply = (job: DataJob, description: string): DataJob => ({ ...job, description });

export function DescriptionSection({ jobRef, job }: { jobRef: JobRef; job: DataJob }) {
  const editor = useJobSectionEditor({ ref: jobRef, section: 'description', read, apply });
  return (
    <EditableSection
      title="Description"
      job={job}
      editor={editor}
      canSave
      view={
        <Typography
          variant="body1"
          sx={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            color: job.description ? undefined : 'text.secondary',
          }}
        >
          {job.description || 'No description.'}
        </Typography>
      }
      form={
        <TextField
          label="Description"
          value={editor.value ?? ''}
          onChange={(event) => editor.change(event.target.value)}
          multiline
          minRows={3}
          fullWidth
        />
      }
    />
  );
}
