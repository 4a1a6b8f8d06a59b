import { type ReactNode, useState } from 'react';
import { type PageAction, PageActionsContext, type PageActionsRegistry } from './page-actions-context';

function createRegistry(): PageActionsRegistry {
  const sources = new Set<() => PageAction | undefined>();
  return {
    register: (read) => {
      sources.add(read);
      return () => void sources.delete(read);
    },
    current: () => [...sources].map((read) => read()).filter((action): action is PageAction => action !== undefined),
  };
}

/** Holds the actions pages offer to the command palette (see `usePageAction`). */
export function PageActionsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createRegistry);
  return <PageActionsContext value={registry}>{children}</PageActionsContext>;
}
