import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { ArgumentPresetsPanel } from './argument-presets-panel';

/** The panel of the execute dialog: presets travel in and out as JSON, are picked into the editor and deleted. */
const JOB = { team: 'analytics', job: 'presets-panel' };

const presetsFile = (text: string) => new File([text], 'presets.json', { type: 'application/json' });

async function pick(user: ReturnType<typeof renderWithProviders>['user'], option: string) {
  await user.click(screen.getByRole('combobox', { name: 'Start from' }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('ArgumentPresetsPanel', { timeout: 30_000 }, () => {
  it('imports presets from a file, puts a picked one in the editor, deletes it and exports the rest', async () => {
    const onPick = vi.fn();
    const { user } = renderWithProviders(<ArgumentPresetsPanel job={JOB} current={{ day: 1 }} onPick={onPick} />);
    const file = JSON.stringify({
      job: JOB.job,
      presets: [
        { name: 'backfill', args: { date: '2026-11-27' } },
        { name: 'daily', args: { mode: 'incremental' } },
      ],
    });
    await user.upload(screen.getByLabelText('Presets file to import'), presetsFile(file));
    expect(await screen.findByText('Imported 2 presets.')).toBeInTheDocument();

    await pick(user, 'Preset: daily');
    expect(onPick).toHaveBeenLastCalledWith({ mode: 'incremental' });
    // Picked, its name is ready for saving an edit under it.
    expect(screen.getByRole('textbox', { name: 'Preset name' })).toHaveValue('daily');

    await user.click(screen.getByRole('button', { name: 'Delete preset' }));
    expect(await screen.findByText('Deleted preset “daily”.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Start from' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['The arguments above', 'Preset: backfill']);
    await user.keyboard('{Escape}');

    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:presets';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Export presets' }));
    expect(downloads).toEqual(['presets-panel-presets.json']);
    expect(JSON.parse(await saved[0]!.text())).toEqual({
      job: JOB.job,
      presets: [{ name: 'backfill', args: { date: '2026-11-27' } }],
    });
  });

  it('refuses a file that holds no presets, saying why, and keeps what it had', async () => {
    const { user } = renderWithProviders(
      <ArgumentPresetsPanel job={{ ...JOB, job: 'presets-refused' }} current={undefined} onPick={vi.fn()} />,
    );
    await user.upload(screen.getByLabelText('Presets file to import'), presetsFile('{"presets": ['));
    expect(await screen.findByText('The file is not JSON.')).toBeInTheDocument();
    expect(screen.getByText('No presets or recent arguments for this job yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export presets' })).toBeDisabled();
  });
});
