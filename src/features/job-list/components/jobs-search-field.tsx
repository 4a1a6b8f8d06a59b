import { useEffect, useState, type Ref } from 'react';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { ClearIcon, SearchIcon } from '@/components/ui/icons';
import { VisuallyHidden } from '@/components/ui/text';
import { classNames } from '@/components/ui/class-names';
import outlined from '@/components/ui/outlined-field.module.css';
import styles from './jobs-search-field.module.css';

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
    <div className={classNames(outlined.outlined, styles.field)}>
      <label className={styles.label}>
        <Icon icon={SearchIcon} fontSize="small" color="action" />
        <VisuallyHidden>Search jobs</VisuallyHidden>
        <input
          type="search"
          ref={inputRef}
          value={text}
          placeholder="Search jobs (press /)"
          aria-keyshortcuts="/"
          maxLength={200}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault();
              setText('');
            }
          }}
          className={classNames(outlined.plainInput, styles.input)}
        />
      </label>
      {text && (
        <IconButton size="small" label="Clear search" onClick={() => setText('')} edge="end">
          <Icon icon={ClearIcon} fontSize="small" />
        </IconButton>
      )}
    </div>
  );
}
