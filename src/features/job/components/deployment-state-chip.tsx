import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import PauseCircleOutlinedIcon from '@mui/icons-material/PauseCircleOutlined';
import Chip from '@mui/material/Chip';
import type { DataJobDeploymentStatus } from '@/api/types';

/** Not deployed / Enabled / Disabled, as icon + text. */
export function DeploymentStateChip({ deployment }: { deployment: DataJobDeploymentStatus | null }) {
  if (!deployment) return <Chip size="small" icon={<CloudOffOutlinedIcon />} label="Not deployed" variant="outlined" />;
  return deployment.enabled ? (
    <Chip size="small" color="success" icon={<CheckCircleOutlinedIcon />} label="Deployed, enabled" />
  ) : (
    <Chip size="small" color="warning" icon={<PauseCircleOutlinedIcon />} label="Deployed, disabled" />
  );
}
