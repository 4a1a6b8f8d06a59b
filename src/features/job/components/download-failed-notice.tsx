import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** Why a download failed, as a snackbar; loaded when one fails (MUI's snackbar stays off the job's pages). */
export default function DownloadFailedNotice({ message, onClose }: { message: string; onClose: () => void }) {
  return (
    <Snackbar open autoHideDuration={10_000} onClose={onClose}>
      <Alert severity="error" onClose={onClose} sx={{ maxWidth: 480 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
