import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, type DragEvent } from 'react';
import { formatBytes } from '../model/zip-file';

interface ZipDropZoneProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled: boolean;
  /** Why the chosen file cannot be used. */
  problem?: string;
}

/** Drag a zip onto it, or choose one with the (keyboard-reachable) file picker. */
export function ZipDropZone({ file, onFile, disabled, problem }: ZipDropZoneProps) {
  const [isOver, setIsOver] = useState(false);
  const handleDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={handleDrop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: problem ? 'error.main' : isOver ? 'primary.main' : 'divider',
        bgcolor: isOver ? 'action.hover' : undefined,
        borderRadius: 1,
        p: 3,
        textAlign: 'center',
      }}
    >
      <CloudUploadIcon color="action" sx={{ fontSize: 40 }} aria-hidden />
      <Typography variant="body2" sx={{ mb: 1 }}>
        Drop the job folder as a .zip here, or
      </Typography>
      <Button component="label" variant="outlined" disabled={disabled}>
        Choose a zip file
        <input
          type="file"
          accept=".zip,application/zip,application/x-zip-compressed"
          hidden
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
            event.target.value = '';
          }}
        />
      </Button>
      <Typography variant="body2" sx={{ mt: 1 }} role="status">
        {file ? `Chosen: ${file.name} (${formatBytes(file.size)})` : 'No file chosen.'}
      </Typography>
      {problem && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }} role="alert">
          {problem}
        </Typography>
      )}
    </Box>
  );
}
