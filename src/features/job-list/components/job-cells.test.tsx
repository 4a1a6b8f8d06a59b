import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JobSummary } from '@/api/types';
import { duplicates } from '@/testing/api-statuses';
import { deploymentStateOf } from '../model/job-summary';
import { DeploymentCell } from './job-cells';

describe('DeploymentCell', () => {
  it('tells not deployed, enabled and disabled apart by text and by icon, not by colour alone', () => {
    // Only what the cell reads; the rest of a summary does not matter here.
    const jobs = [[], [{ enabled: true }], [{ enabled: false }]].map(
      (deployments) => ({ jobName: 'ingest-sales', config: null, deployments }) as unknown as JobSummary,
    );
    const looks = jobs.map((job) => {
      const { container, unmount } = render(<DeploymentCell state={deploymentStateOf(job)} />);
      const look = {
        text: container.textContent?.trim() ?? '',
        icon: container.querySelector('svg')?.getAttribute('data-testid'),
      };
      unmount();
      return look;
    });
    expect(looks.map((look) => look.text)).toEqual(['Not deployed', 'Enabled', 'Disabled']);
    expect(looks.every((look) => look.icon)).toBe(true);
    expect(duplicates(looks.map((look) => look.icon)), 'states sharing an icon').toEqual([]);
  });
});
