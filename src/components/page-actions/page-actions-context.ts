import { createContext, useContext, useEffect, useRef } from 'react';

/** Something the current page can do, offered in the command palette (Ctrl+K / ⌘K) beside the page's own button. */
export interface PageAction {
  label: string;
  run: () => void;
  /** Why it cannot be done now (not deployed, already running, not a member): offered disabled, with this reason. */
  disabledReason?: string;
}

type Read = () => PageAction | undefined;

export interface PageActionsRegistry {
  /** Adds a source of one action; returns its removal. Read when the palette opens, so registering costs no render. */
  register: (read: Read) => () => void;
  /** The actions of the page now on screen. */
  current: () => PageAction[];
}

export const PageActionsContext = createContext<PageActionsRegistry | null>(null);

/**
 * How a page offers its actions to the palette. Call it in the component that owns the action, with the same label,
 * handler and disabled reason as its button; it is withdrawn when that component unmounts. Shared controls already do
 * it: `ExecuteJobButton` (page variant) offers "Execute now", `RefreshIndicator` offers "Refresh", so a new page
 * (team home, runs, failures) that uses them offers both without more code; anything else calls this hook.
 * Without a provider (component tests) it does nothing.
 */
export function usePageAction(action: PageAction | undefined) {
  const registry = useContext(PageActionsContext);
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => registry?.register(() => latest.current), [registry]);
}
