import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type KeyboardEvent, useId, useState } from 'react';
import { LoadingBar } from '@/components/feedback/loading-bar';
import type { PageAction } from '@/components/page-actions/page-actions-context';
import { type PaletteOption, usePaletteOptions } from './use-palette-options';

/** Typing starts at once: the field takes focus when the dialog's portal attaches it, not the dialog itself. */
const focusOnMount = (input: HTMLInputElement | null) => input?.focus();

interface CommandPaletteProps {
  /** The current page's actions, read when the palette opened. */
  pageActions: readonly PageAction[];
  onClose: () => void;
}

/**
 * Ctrl+K / ⌘K: type to find a job in any team, paste an execution id, switch team, or run the page's actions. A
 * combobox with its listbox (WAI-ARIA 1.2 pattern): arrows move, Enter runs, Escape closes and focus returns.
 */
export default function CommandPalette({ pageActions, onClose }: CommandPaletteProps) {
  const [input, setInput] = useState('');
  const [active, setActive] = useState(0);
  const { options, isSearching, searchError } = usePaletteOptions(input, pageActions, onClose);
  const titleId = useId();
  const listId = useId();
  const current = Math.min(active, options.length - 1);
  const optionId = (option: PaletteOption) => `${listId}-${option.id}`;

  const runOption = (option: PaletteOption | undefined) => {
    if (option && !option.disabledReason) option.run();
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: options.length - 1,
    };
    if (event.key in moves && options.length > 0) {
      event.preventDefault();
      setActive((moves[event.key]! + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runOption(options[current]);
    }
  };

  return (
    <Dialog
      open
      disableAutoFocus
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
    >
      <DialogTitle id={titleId} sx={{ pb: 1 }}>
        Go to or do
      </DialogTitle>
      <DialogContent>
        <TextField
          inputRef={focusOnMount}
          fullWidth
          size="small"
          label="Job name, execution id, team or action"
          value={input}
          onChange={(event) => {
            setInput(event.target.value);
            setActive(0);
          }}
          onKeyDown={handleKeyDown}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': options.length > 0,
              'aria-controls': listId,
              'aria-autocomplete': 'list',
              'aria-activedescendant': options[current] ? optionId(options[current]) : undefined,
              spellCheck: false,
              autoComplete: 'off',
            },
          }}
          sx={{ mt: 1 }}
        />
        <Box sx={{ height: 4, my: 0.5 }}>{isSearching && <LoadingBar label="Searching jobs" />}</Box>
        {searchError ? <Alert severity="warning">Jobs could not be searched: {searchError.message}</Alert> : null}
        <Box
          component="ul"
          id={listId}
          role="listbox"
          aria-label="Results"
          sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: 360, overflowY: 'auto' }}
        >
          {options.map((option, index) => (
            <Box
              component="li"
              key={option.id}
              id={optionId(option)}
              role="option"
              aria-selected={index === current}
              aria-disabled={option.disabledReason ? true : undefined}
              onMouseMove={() => setActive(index)}
              onClick={() => runOption(option)}
              sx={{
                px: 1.5,
                py: 0.75,
                borderRadius: 1,
                cursor: option.disabledReason ? 'default' : 'pointer',
                bgcolor: index === current ? 'action.selected' : undefined,
                color: option.disabledReason ? 'text.disabled' : undefined,
              }}
            >
              <Typography variant="caption" color="text.secondary" component="span" sx={{ mr: 1 }}>
                {option.group}
              </Typography>
              <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
                {option.label}
              </Typography>
              {(option.disabledReason ?? option.detail) && (
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {option.disabledReason ?? option.detail}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
        {options.length === 0 && !isSearching && (
          <Typography color="text.secondary" role="status" sx={{ py: 1 }}>
            {input.trim().length < 2
              ? 'Type at least two letters to search jobs in every team.'
              : `Nothing matches “${input.trim()}”.`}
          </Typography>
        )}
      </DialogContent>
    </Dialog>
  );
}
