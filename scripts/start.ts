// `npm start`: the dashboard and its local Control Service on one origin, with the demo data.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { staleBuildReason } from './lib/build-freshness.ts';

const root = process.cwd();
const port = Number(process.env.PORT ?? 8092);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a TCP port number (1-65535); got "${process.env.PORT}".`);
  process.exit(2);
}
const url = `http://localhost:${port}/`;

async function buildIfStale(): Promise<void> {
  const reason = staleBuildReason(root);
  if (!reason) return;
  console.log(`Building the dashboard (${reason})…`);
  const started = performance.now();
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function isPortInUse(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilServing(isRunning: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < 60_000 && isRunning(); waited += 250) {
    try {
      if ((await fetch(new URL('config.json', url))).ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return false;
}

await buildIfStale();
const portWasBusy = await isPortInUse();

// Its own process group, so one Ctrl-C reaches the emulator once, through us, and it can shut down cleanly.
const emulator = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'emulator/src/main.ts',
    '--port',
    String(port),
    '--seed',
    'demo',
    '--static',
    'dist',
    '--data',
    '.data',
    '--auth',
    'on',
  ],
  { stdio: 'inherit', detached: true },
);
let running = true;
let stopping = false;

emulator.once('exit', (code, signal) => {
  running = false;
  if (code && portWasBusy)
    console.error(`\nPort ${port} is taken by another program: stop it, or run PORT=<free port> npm start.`);
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!running) return;
    // A second Ctrl-C means "now": do not wait for a slow shutdown.
    emulator.kill(stopping ? 'SIGKILL' : signal);
    stopping = true;
  });
}
process.on('exit', () => {
  if (running) emulator.kill('SIGKILL');
});

// The emulator has printed the address and the demo users; say when the page can actually be opened.
if (!portWasBusy && (await waitUntilServing(() => running))) {
  console.log(`\nReady: open ${url} (data is kept in .data/ between runs; Ctrl-C stops).`);
}
