import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { visuallyHidden } from '@mui/utils';
import { useEffect, useState, type Ref } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface JobsSearchFieldProps {
  /** The search in the URL. */
  value: string;
  /** Called once typing pauses. */
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Free-text search over name, team, description and schedule (the service's `search`). Typing
 * updates the URL after a pause; a URL change from elsewhere (back, clear filters) updates the box.
 * A plain input styled like MUI's outlined field: TextField would bring every input variant and
 * Select onto the first route.
 */
export function JobsSearchField({ value, onChange, inputRef }: JobsSearchFieldProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);

  if (value !== seen) {
    // The URL changed: from our own debounced update (keep what is typed, trailing space included) or
    // from elsewhere (back/forward, "Clear filters"), which the box then shows.
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = window.setTimeout(() => onChange(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onChange]);

  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flex: '1 1 240px',
        minWidth: 220,
        maxWidth: 420,
        height: 40,
        px: 1.5,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:hover': { borderColor: 'text.primary' },
        '&:focus-within': {
          borderColor: 'primary.main',
          boxShadow: (theme) => `inset 0 0 0 1px ${theme.palette.primary.main}`,
        },
      }}
    >
      <Box component="label" sx={{ display: 'flex', alignItems: 'center', flex: 1, gap: 1, cursor: 'text' }}>
        <SearchIcon fontSize="small" color="action" aria-hidden />
        <Box component="span" sx={visuallyHidden}>
          Search jobs
        </Box>
        <Box
          component="input"
          type="search"
          ref={inputRef}
          value={text}
          placeholder="Search jobs (press /)"
          aria-keyshortcuts="/"
          maxLength={200}
          spellCheck={false}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
          onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault();
              setText('');
            }
          }}
          sx={{
            flex: 1,
            minWidth: 0,
            border: 0,
            outline: 0,
            bgcolor: 'transparent',
            color: 'text.primary',
            font: 'inherit',
            typography: 'body2',
            '&::-webkit-search-cancel-button': { display: 'none' },
          }}
        />
      </Box>
      {text && (
        <IconButton size="small" aria-label="Clear search" onClick={() => setText('')} edge="end">
          <ClearIcon fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}
