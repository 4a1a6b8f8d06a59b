/**
 * Entry: find where the app is served from, load and validate config.json from there, then render
 * the app, or a page that explains what is wrong with the config. Never a white screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { detectAppBaseUrl } from '@/config/app-base';
import { resolveEmbedMode } from '@/config/embed-mode';
import { type ConfigProblem, loadConfig } from '@/config/load-config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const appBaseUrl = detectAppBaseUrl();

/** Loaded only when needed: a healthy start never downloads the error page. */
async function renderConfigError(configUrl: string, problem: ConfigProblem) {
  const { ConfigErrorPage } = await import('@/config/config-error-page');
  root.render(<ConfigErrorPage configUrl={configUrl} problem={problem} />);
}

loadConfig(appBaseUrl)
  .then(async (result) => {
    if (!result.ok) return renderConfigError(result.configUrl, result.problem);
    root.render(
      <StrictMode>
        <App config={result.config} embed={resolveEmbedMode(result.config, window.location.search)} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) =>
    renderConfigError(new URL('config.json', appBaseUrl).href, {
      kind: 'unreachable',
      detail: error instanceof Error ? error.message : String(error),
    }),
  )
  .catch((error: unknown) => {
    // Even the error page failed to load (network gone): say so in plain text.
    container.textContent = `VDK Dashboard cannot start: ${error instanceof Error ? error.message : String(error)}. Reload the page.`;
  });
