/**
 * Entry: find where the app is served from, load and validate config.json from there, then render
 * the app, or a page that explains what is wrong with the config. Never a white screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { detectAppBaseUrl } from '@/config/app-base';
import { ConfigErrorPage } from '@/config/config-error-page';
import { resolveEmbedMode } from '@/config/embed-mode';
import { loadConfig } from '@/config/load-config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const appBaseUrl = detectAppBaseUrl();

loadConfig(appBaseUrl)
  .then((result) => {
    root.render(
      <StrictMode>
        {result.ok ? (
          <App config={result.config} embed={resolveEmbedMode(result.config, window.location.search)} />
        ) : (
          <ConfigErrorPage configUrl={result.configUrl} problem={result.problem} />
        )}
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <ConfigErrorPage
        configUrl={new URL('config.json', appBaseUrl).href}
        problem={{ kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) }}
      />,
    );
  });
