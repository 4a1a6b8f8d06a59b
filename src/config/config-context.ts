import { createContext, useContext } from 'react';
import type { EmbedMode } from './embed-mode';
import type { ResolvedConfig } from './load-config';

export interface ConfigContextValue {
  config: ResolvedConfig;
  embed: EmbedMode;
}

export const ConfigContext = createContext<ConfigContextValue | null>(null);

function useConfigContext(): ConfigContextValue {
  const value = useContext(ConfigContext);
  if (!value) throw new Error('useConfig() needs a <ConfigProvider> above it (src/app/app.tsx).');
  return value;
}

/** The validated runtime config with absolute URLs (see src/config/config-schema.ts for every key). */
export const useConfig = (): ResolvedConfig => useConfigContext().config;

/** Chromeless/embedded mode, decided once at startup. */
export const useEmbedMode = (): EmbedMode => useConfigContext().embed;
