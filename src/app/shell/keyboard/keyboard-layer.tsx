import { Suspense, useContext, useEffect, useState } from 'react';
import { type PageAction, PageActionsContext } from '@/components/page-actions/page-actions-context';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { isHelpKey, isPaletteKey, isTyping } from '@/lib/keyboard';

// MUI dialogs, in the MUI theme the shell does not carry.
const CommandPalette = lazyWithMui(() => import('./command-palette').then((module) => module.default));
const ShortcutsHelp = lazyWithMui(() => import('./shortcuts-help').then((module) => module.default));

type Open = { kind: 'palette'; actions: PageAction[] } | { kind: 'help' } | null;

/**
 * The app-wide shortcuts: `?` lists them, Ctrl+K / ⌘K opens the command palette. Neither fires while the user types
 * in a field or while another dialog is open. Both dialogs load on first use, off the first route.
 */
export function KeyboardLayer() {
  const registry = useContext(PageActionsContext);
  const [open, setOpen] = useState<Open>(null);
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      if (isPaletteKey(event)) {
        event.preventDefault();
        setOpen({ kind: 'palette', actions: registry?.current() ?? [] });
      } else if (isHelpKey(event)) {
        event.preventDefault();
        setOpen({ kind: 'help' });
      }
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [registry]);
  const close = () => setOpen(null);
  return (
    <Suspense fallback={null}>
      {open?.kind === 'palette' && <CommandPalette pageActions={open.actions} onClose={close} />}
      {open?.kind === 'help' && <ShortcutsHelp onClose={close} />}
    </Suspense>
  );
}
