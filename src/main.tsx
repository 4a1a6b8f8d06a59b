/**
 * Entry: find where the app is served from, load and validate config.json from there, then render
 * the app, or a page that explains what is wrong with the config. Never a white screen.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '@/app/app';
import { prepareFirstRender } from '@/app/start-up';
import { detectAppBaseUrl, entryRestartUrl } from '@/config/app-base';
import { resolveEmbedMode } from '@/config/embed-mode';
import { type ConfigProblem, loadConfig } from '@/config/load-config';
import { nextTask } from '@/lib/next-task';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Loaded only when needed: a healthy start never downloads the error page. */
async function renderConfigError(root: Root, configUrl: string, problem: ConfigProblem) {
  const { ConfigErrorPage } = await import('@/config/config-error-page');
  root.render(<ConfigErrorPage configUrl={configUrl} problem={problem} />);
}

/**
 * Each step in a task of its own: the entry's modules take one task to run, asking for config.json and starting the
 * Intl worker another, React's root (its event listeners) a third; in one task they made the page's longest (~130–270
 * ms at 4× CPU throttling).
 */
async function start(container: HTMLElement) {
  await nextTask();
  const appBaseUrl = detectAppBaseUrl();
  const ready = Promise.all([loadConfig(appBaseUrl), prepareFirstRender()]).then(
    ([result]) => ({ result }),
    (error: unknown) => ({ error }),
  );
  await nextTask();
  const root = createRoot(container);
  try {
    const loaded = await ready;
    if ('error' in loaded) throw loaded.error;
    const { result } = loaded;
    if (!result.ok) return await renderConfigError(root, result.configUrl, result.problem);
    const { config } = result;
    // A transition's render yields to the browser every few milliseconds; "Loading VDK Dashboard…" stays until it
    // commits, so nothing flashes.
    startTransition(() =>
      root.render(
        <StrictMode>
          <App config={config} embed={resolveEmbedMode(config, window.location.search)} />
        </StrictMode>,
      ),
    );
  } catch (error) {
    try {
      await renderConfigError(root, new URL('config.json', appBaseUrl).href, {
        kind: 'unreachable',
        detail: errorText(error),
      });
    } catch (pageError) {
      // Even the error page failed to load (network gone): say so in plain text.
      root.unmount();
      container.textContent = `VDK Dashboard cannot start: ${errorText(pageError)}. Reload the page.`;
    }
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const restartUrl = import.meta.env.DEV ? undefined : entryRestartUrl(import.meta.url);
if (restartUrl) void import(/* @vite-ignore */ restartUrl);
else void start(container);
