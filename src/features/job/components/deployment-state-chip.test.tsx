import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataJobDeploymentStatus } from '@/api/types';
import { duplicates } from '@/testing/api-statuses';
import { DeploymentStateChip } from './deployment-state-chip';

describe('DeploymentStateChip', () => {
  it('tells not deployed, enabled and disabled apart by text and by icon, not by colour alone', () => {
    const deployed = (enabled: boolean): DataJobDeploymentStatus => ({
      enabled,
      last_deployed_by: 'alice',
      last_deployed_date: '2026-11-27T16:30:00Z',
    });
    const states = [null, deployed(true), deployed(false)];
    const looks = states.map((deployment) => {
      const { container, unmount } = render(<DeploymentStateChip deployment={deployment} />);
      const look = {
        text: container.textContent?.trim() ?? '',
        icon: container.querySelector('svg')?.getAttribute('data-testid'),
      };
      unmount();
      return look;
    });
    expect(looks.map((look) => look.text)).toEqual(['Not deployed', 'Deployed, enabled', 'Deployed, disabled']);
    expect(looks.every((look) => look.icon)).toBe(true);
    expect(duplicates(looks.map((look) => look.icon)), 'states sharing an icon').toEqual([]);
  });
});
