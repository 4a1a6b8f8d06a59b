import { startTransition, useState, type KeyboardEvent } from 'react';
import { TextInput } from '@/components/ui/text-input';

interface LogSearchFieldProps {
  /** Told of each change of the text, in a transition: the search it starts and its highlights never hold a key. */
  onQueryChange: (query: string) => void;
  onNext: () => void;
  onPrevious: () => void;
}

/**
 * The log's search box. Its text is its own state: a key renders this field only, and the log viewer renders for the
 * new query in a transition, which gives the page back between slices of its work.
 */
export function LogSearchField({ onQueryChange, onNext, onPrevious }: LogSearchFieldProps) {
  const [text, setText] = useState('');
  const change = (value: string) => {
    setText(value);
    startTransition(() => onQueryChange(value));
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      change('');
    }
  };
  return (
    <TextInput
      type="search"
      label="Search logs"
      value={text}
      onChange={(event) => change(event.target.value)}
      onKeyDown={handleKeyDown}
    />
  );
}
