import { type ReactNode, useMemo } from 'react';
import { ConfigContext } from './config-context';
import type { EmbedMode } from './embed-mode';
import type { ResolvedConfig } from './load-config';

interface ConfigProviderProps {
  config: ResolvedConfig;
  embed: EmbedMode;
  children: ReactNode;
}

export function ConfigProvider({ config, embed, children }: ConfigProviderProps) {
  const value = useMemo(() => ({ config, embed }), [config, embed]);
  return <ConfigContext value={value}>{children}</ConfigContext>;
}
