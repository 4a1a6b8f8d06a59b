import type { DataJobDeploymentStatus } from '@/api/types';
import chip from '@/components/execution/execution-status-chip.module.css';
import { classNames } from '@/components/ui/class-names';
import { Icon } from '@/components/ui/icon';
import { CheckCircleOutlinedIcon, CloudOffOutlinedIcon, PauseCircleOutlinedIcon } from '@/components/ui/icons';
import styles from './deployment-state-chip.module.css';

// The look of the execution status chips beside it (filled, the tone's colour); "Not deployed" outlined.
const STATES = {
  notDeployed: { label: 'Not deployed', icon: CloudOffOutlinedIcon, className: styles.notDeployed },
  enabled: { label: 'Deployed, enabled', icon: CheckCircleOutlinedIcon, className: chip.success },
  disabled: { label: 'Deployed, disabled', icon: PauseCircleOutlinedIcon, className: chip.warning },
};

/** Not deployed / Enabled / Disabled, as icon + text. */
export function DeploymentStateChip({ deployment }: { deployment: DataJobDeploymentStatus | null }) {
  const state = STATES[!deployment ? 'notDeployed' : deployment.enabled ? 'enabled' : 'disabled'];
  return (
    <span className={classNames(chip.chip, state.className)}>
      <Icon icon={state.icon} className={classNames(chip.icon, styles.icon)} />
      {state.label}
    </span>
  );
}
