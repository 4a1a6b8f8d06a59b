import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexLog } from '@/lib/log-index';
import { LogViewer } from './log-viewer';

// jsdom does no layout: give the scroll area a height so the virtualiser renders rows.
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

const FAILED_RUN = [
  '2026-11-27 10:00:00,000 [VDK] job [INFO ] Data Job job starting',
  '2026-11-27 10:00:01,000 [VDK] job [INFO ] Processing step 20_ingest.py ...',
  '2026-11-27 10:00:02,000 [VDK] job [ERROR] Step 20_ingest.py failed with a user error',
  'Traceback (most recent call last):',
  '    return {"id": record["customer_id"]}',
  "KeyError: 'customer_id'",
];

function renderViewer(lines: string[], isLive = false, link?: { line?: number; onLink: (line: number) => void }) {
  const user = userEvent.setup();
  render(
    <LogViewer
      log={indexLog(lines)}
      fileName="job-1"
      isLive={isLive}
      emptyState={<p>Nothing here</p>}
      linkedLine={link?.line}
      onLinkLine={link?.onLink}
    />,
  );
  return { user, region: () => screen.getByRole('region', { name: 'Log lines' }) };
}

describe('LogViewer', { timeout: 30_000 }, () => {
  it('numbers the lines and counts them', () => {
    const { region } = renderViewer(FAILED_RUN);
    expect(screen.getByText('6 lines')).toBeInTheDocument();
    const third = region().querySelector('[data-line="3"]');
    expect(third).toHaveTextContent(/^3.*failed with a user error$/);
  });

  it('counts matches and steps through them with Enter, Shift+Enter and the buttons', async () => {
    const { user, region } = renderViewer(FAILED_RUN);
    const search = screen.getByRole('searchbox', { name: 'Search logs' });
    await user.click(search);
    await user.paste('CUSTOMER_ID');
    expect(await screen.findByText('1 of 2')).toBeInTheDocument();
    const current = () => region().querySelector('mark[data-current="true"]')?.closest('[data-line]');
    expect(current()).toHaveAttribute('data-line', '5');

    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-line', '6');
    await user.keyboard('{Enter}');
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(screen.getByText('1 of 2')).toBeInTheDocument();

    await user.clear(search);
    await user.paste('no such text');
    expect(await screen.findByText('No matches')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
  });

  it('jumps to the first error line', async () => {
    const { user, region } = renderViewer(FAILED_RUN);
    await user.click(screen.getByRole('button', { name: 'Jump to first error' }));
    const focused = region().querySelector('[aria-current="true"]');
    expect(focused).toHaveAttribute('data-line', '3');
  });

  it('opens at a linked line and links any line by its number', async () => {
    const linked: number[] = [];
    const { user, region } = renderViewer(FAILED_RUN, true, { line: 5, onLink: (line) => linked.push(line) });
    expect(region().querySelector('[aria-current="true"]')).toHaveAttribute('data-line', '5');
    expect(screen.getByRole('button', { name: 'Follow the end of the log' })).toHaveAttribute('aria-pressed', 'false');

    const link = within(region()).getByRole('link', { name: 'Link to line 3' });
    expect(link).toHaveAttribute('href', '#L3');
    await user.click(link);
    expect(linked).toEqual([3]);
    expect(region().querySelector('[aria-current="true"]')).toHaveAttribute('data-line', '3');
  });

  it('filters 100,000 lines by level, with the lines per level beside the search', async () => {
    // Like the benchmark's long log: a throttled batch now and then at WARN, rarely a rejected one at ERROR.
    const level = (batch: number) => (batch % 9_973 === 0 ? 'ERROR' : batch % 487 === 0 ? 'WARN ' : 'INFO ');
    const lines = Array.from(
      { length: 100_000 },
      (_, i) => `10:00 [VDK] job [${level(i + 1)}] ingest - batch ${i + 1}`,
    );
    const { user, region } = renderViewer(lines);
    const toggle = (name: string) => screen.getByRole('button', { name });
    const shownLines = () => [...region().querySelectorAll('[data-line]')].map((row) => row.getAttribute('data-line'));
    expect(screen.getByRole('group', { name: 'Levels shown' })).toBeInTheDocument();
    for (const name of ['ERROR: 10 lines', 'WARN: 205 lines', 'INFO: 99,785 lines', 'DEBUG: 0 lines']) {
      expect(toggle(name)).toHaveAttribute('aria-pressed', 'true');
    }
    expect(screen.getByText('100,000 lines')).toBeInTheDocument();

    await user.click(toggle('INFO: 99,785 lines'));
    expect(toggle('INFO: 99,785 lines')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('215 of 100,000 lines')).toBeInTheDocument();
    expect(shownLines().slice(0, 3)).toEqual(['487', '974', '1461']);
    expect(region()).not.toHaveTextContent('[INFO ]');

    await user.click(screen.getByRole('searchbox', { name: 'Search logs' }));
    await user.paste('batch 1461');
    // Among the shown lines only: 1461 and 14610 (WARN), not 14611–14619 (INFO). The search of 100,000 lines runs in
    // slices between which the page stays responsive: on a busy test machine that takes more than a second.
    expect(await screen.findByText('1 of 2', {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.click(toggle('WARN: 205 lines'));
    expect(screen.getByText('10 of 100,000 lines')).toBeInTheDocument();
    expect(shownLines()).toHaveLength(10);
    expect(await screen.findByText('No matches', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jump to first error' }));
    expect(region().querySelector('[aria-current="true"]')).toHaveAttribute('data-line', '9973');

    await user.click(toggle('ERROR: 10 lines'));
    expect(screen.getByText('No lines at the chosen levels')).toBeInTheDocument();
    // The search still in the box runs again over the lines shown: only INFO now, so 14611–14619, the first in view.
    await user.click(toggle('INFO: 99,785 lines'));
    expect(await screen.findByText('1 of 9', {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(shownLines()).toContain('14611'));
  });

  it('opens a 100,000-line log at a linked line far down, with the lines around it', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `10:00 [VDK] job [INFO ] ingest - batch ${i + 1}`);
    const { region } = renderViewer(lines, false, { line: 73_210, onLink: () => undefined });
    expect(region().querySelector('[aria-current="true"]')).toHaveTextContent(/^73210.*batch 73210$/);
    expect(region().querySelector('[data-line="73200"]')).toBeInTheDocument();
    expect(region().querySelector('[data-line="1"]')).toBeNull();
  });

  it('goes to the last line with End and back to the first with Home', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `10:00 [VDK] job [INFO ] ingest - batch ${i + 1}`);
    const { user, region } = renderViewer(lines);
    region().focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(region().querySelector('[data-line="100000"]')).toHaveTextContent(/batch 100000$/));
    expect(region().querySelector('[data-line="1"]')).toBeNull();
    await user.keyboard('{Home}');
    await waitFor(() => expect(region().querySelector('[data-line="1"]')).toBeInTheDocument());
    expect(region().querySelector('[data-line="100000"]')).toBeNull();
  });

  it('says when a log has no error line to jump to', () => {
    renderViewer(['all', 'good']);
    expect(screen.getByRole('button', { name: 'Jump to first error' })).toBeDisabled();
  });

  it('shows markup and scripts in log lines as text, never as elements', async () => {
    const hostile = [
      '<script>window.pwned = true</script>',
      '<img src="x" onerror="window.pwned = true">',
      '<b>bold?</b> &amp; done',
    ];
    const { user, region } = renderViewer(hostile);
    expect(within(region()).getByText('<script>window.pwned = true</script>')).toBeInTheDocument();
    expect(within(region()).getByText('<b>bold?</b> &amp; done')).toBeInTheDocument();
    await user.click(screen.getByRole('searchbox', { name: 'Search logs' }));
    await user.paste('img');
    expect(region().querySelector('script, img, b')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('shows the empty state instead of an empty box', () => {
    renderViewer([]);
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Log lines' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download' })).toBeDisabled();
  });

  it('offers following the end only while the run is live', () => {
    renderViewer(FAILED_RUN, true);
    expect(screen.getByRole('button', { name: 'Follow the end of the log' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('downloads the log as a text file named after the execution', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:log';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const { user } = renderViewer(FAILED_RUN);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(clicks).toEqual(['job-1.log']);
    expect(await created[0]!.text()).toBe(`${FAILED_RUN.join('\n')}\n`);
  });
});
