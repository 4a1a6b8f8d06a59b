import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { CheckIcon, ContentCopyIcon } from '@/components/ui/icons';
import { VisuallyHidden } from '@/components/ui/text';
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
  const icon = <Icon icon={state === 'copied' ? CheckIcon : ContentCopyIcon} fontSize="inherit" />;
  return (
    <>
      {iconOnly ? (
        <IconButton size="small" label={label} title={label} onClick={() => void handleClick()}>
          {icon}
        </IconButton>
      ) : (
        <Button size="small" color="inherit" startIcon={icon} onClick={() => void handleClick()}>
          {state === 'copied' ? 'Copied' : label}
        </Button>
      )}
      <VisuallyHidden role="status">{FEEDBACK[state]}</VisuallyHidden>
    </>
  );
}
