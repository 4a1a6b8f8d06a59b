import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { isNotFound } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { useJobDownload, type DownloadKind } from '../hooks/use-job-downloads';

const TEXT: Record<DownloadKind, { label: string; missing: string }> = {
  keytab: {
    label: 'Download keytab',
    missing: 'This job has no keytab: it was created with "Generate keytab" off, or its credentials were removed.',
  },
  source: {
    label: 'Download source',
    missing: 'This job has no source yet: upload a version on the Deployment tab first.',
  },
};

export function DownloadButton({ jobRef, kind }: { jobRef: JobRef; kind: DownloadKind }) {
  const download = useJobDownload(jobRef, kind);
  const { label, missing } = TEXT[kind];
  const message = download.error
    ? isNotFound(download.error)
      ? missing
      : `${label} failed: ${download.error.message}`
    : '';
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        {download.isPending ? 'Downloading…' : label}
      </Button>
      <Snackbar open={download.isError} autoHideDuration={10_000} onClose={() => download.reset()}>
        <Alert severity="error" onClose={() => download.reset()} sx={{ maxWidth: 480 }}>
          {message}
        </Alert>
      </Snackbar>
    </>
  );
}
