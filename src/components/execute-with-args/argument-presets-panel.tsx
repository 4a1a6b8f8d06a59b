import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type ChangeEvent } from 'react';
import type { JobRef } from '@/lib/refs';
import { saveFile } from '@/lib/save-file';
import { exportPresets, importPresets, RECENT_OFFERED } from './argument-presets';
import { useArgumentPresets } from './use-argument-presets';

interface ArgumentPresetsPanelProps {
  job: JobRef;
  /** The arguments in the editor, when they are a valid object. */
  current: Record<string, unknown> | undefined;
  onPick: (args: Record<string, unknown>) => void;
}

/** Start from a preset or a recent run's arguments; save the editor's arguments under a name; move presets as JSON. */
export function ArgumentPresetsPanel({ job, current, onPick }: ArgumentPresetsPanelProps) {
  const { presets, recent, persistent, save, remove, importAll } = useArgumentPresets(job);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const pickedPreset = picked.startsWith('preset:') ? picked.slice('preset:'.length) : undefined;

  const handlePick = (value: string) => {
    setPicked(value);
    const preset = presets.find((item) => `preset:${item.name}` === value);
    const run = recent.find((item) => `run:${item.executionId}` === value);
    const args = preset?.args ?? run?.args;
    if (args) onPick(args);
    if (preset) setName(preset.name);
  };

  const handleImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importPresets(await file.text());
    if (!result.ok) return setNotice({ severity: 'error', text: result.message });
    await importAll(result.presets);
    setNotice({ severity: 'success', text: `Imported ${result.presets.length} presets.` });
  };

  return (
    <Stack spacing={1.5}>
      <TextField
        select
        size="small"
        label="Start from"
        value={picked}
        onChange={(event) => handlePick(event.target.value)}
        helperText={
          presets.length + recent.length === 0
            ? 'No presets or recent arguments for this job yet.'
            : 'A saved preset, or the arguments of a run started from this browser.'
        }
      >
        <MenuItem value="">The arguments above</MenuItem>
        {presets.map((preset) => (
          <MenuItem key={`preset:${preset.name}`} value={`preset:${preset.name}`}>
            Preset: {preset.name}
          </MenuItem>
        ))}
        {recent.slice(0, RECENT_OFFERED).map((run) => (
          <MenuItem key={`run:${run.executionId}`} value={`run:${run.executionId}`}>
            Run {run.executionId}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField size="small" label="Preset name" value={name} onChange={(event) => setName(event.target.value)} />
        <Button
          disabled={!current || name.trim() === ''}
          onClick={() =>
            void save({ name: name.trim(), args: current! }).then(() =>
              setNotice({ severity: 'success', text: `Saved preset “${name.trim()}”.` }),
            )
          }
        >
          Save preset
        </Button>
        {pickedPreset !== undefined && (
          <Button
            color="error"
            onClick={() =>
              void remove(pickedPreset).then(() => {
                setPicked('');
                setNotice({ severity: 'success', text: `Deleted preset “${pickedPreset}”.` });
              })
            }
          >
            Delete preset
          </Button>
        )}
        <Button
          disabled={presets.length === 0}
          onClick={() =>
            saveFile(
              new Blob([exportPresets(job.job, presets)], { type: 'application/json' }),
              `${job.job}-presets.json`,
            )
          }
        >
          Export presets
        </Button>
        <Button onClick={() => fileInput.current?.click()}>Import presets</Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Presets file to import"
          onChange={(event) => void handleImport(event)}
        />
      </Stack>
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(undefined)}>
          {notice.text}
        </Alert>
      )}
      {!persistent && (
        <Alert severity="info">
          This browser does not let the dashboard keep data (private browsing or full storage): presets last until you
          leave the page.
        </Alert>
      )}
    </Stack>
  );
}
