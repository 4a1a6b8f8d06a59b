import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useEffect, useState } from 'react';
import { copyText } from '@/lib/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  text: string;
  /** Accessible name and visible text, e.g. "Copy details" or "Copy execution id". */
  label: string;
  /** Icon only (the label stays the accessible name and the title). */
  iconOnly?: boolean;
  /** Called when the browser refuses to copy, e.g. to reveal the text for manual copying. */
  onCopyFailed?: () => void;
}

const FEEDBACK: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied',
  failed: 'Copy failed: select the text and copy it by hand',
};

/** Copies `text`, then says so for two seconds (visibly and to screen readers). */
export function CopyButton({ text, label, iconOnly = false, onCopyFailed }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  const handleClick = async () => {
    const copied = await copyText(text);
    setState(copied ? 'copied' : 'failed');
    if (!copied) onCopyFailed?.();
  };
  const icon = state === 'copied' ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />;
  return (
    <>
      {iconOnly ? (
        <IconButton size="small" aria-label={label} title={label} onClick={() => void handleClick()}>
          {icon}
        </IconButton>
      ) : (
        <Button size="small" color="inherit" startIcon={icon} onClick={() => void handleClick()}>
          {state === 'copied' ? 'Copied' : label}
        </Button>
      )}
      <span role="status" style={visuallyHidden}>
        {FEEDBACK[state]}
      </span>
    </>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
