import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { copyText } from '@/lib/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  text: string;
  /** Accessible name and visible text, e.g. "Copy details" or "Copy execution id". */
  label: string;
  /** Icon only (the label becomes the tooltip and accessible name). */
  iconOnly?: boolean;
  /** Called when the browser refuses to copy, e.g. to reveal the text for manual copying. */
  onCopyFailed?: () => void;
}

const FEEDBACK: Record<CopyState, string | undefined> = {
  idle: undefined,
  copied: 'Copied',
  failed: 'Copy failed: select the text and copy it by hand',
};

export function CopyButton({ text, label, iconOnly = false, onCopyFailed }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const handleClick = async () => {
    const copied = await copyText(text);
    setState(copied ? 'copied' : 'failed');
    if (!copied) onCopyFailed?.();
    window.setTimeout(() => setState('idle'), 2000);
  };
  const feedback = FEEDBACK[state];
  const button = iconOnly ? (
    <IconButton size="small" aria-label={label} onClick={() => void handleClick()}>
      <ContentCopyIcon fontSize="inherit" />
    </IconButton>
  ) : (
    <Button size="small" color="inherit" startIcon={<ContentCopyIcon />} onClick={() => void handleClick()}>
      {label}
    </Button>
  );
  return (
    <>
      <Tooltip title={feedback ?? label} open={feedback ? true : undefined}>
        {button}
      </Tooltip>
      <span role="status" style={visuallyHidden}>
        {feedback}
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
