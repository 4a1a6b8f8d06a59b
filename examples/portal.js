// The host side of VDK Dashboard's postMessage contract, version 1 (docs/embedding.md).
const frame = document.getElementById('dashboard');
const routeOutput = document.getElementById('route');
const heightOutput = document.getElementById('height');
const problem = document.getElementById('problem');

function showProblem(text) {
  problem.hidden = false;
  problem.textContent = text;
}

// Where the dashboard is: ?dashboard=<its URL>, by default the local Control Service of `npm start`.
const requested = new URLSearchParams(window.location.search).get('dashboard') ?? 'http://localhost:8092/';
let dashboardUrl;
try {
  dashboardUrl = new URL(requested);
} catch {
  showProblem(`"${requested}" is not a URL: open this page as portal.html?dashboard=<the dashboard's URL>.`);
  throw new Error(`Not a dashboard URL: ${requested}`);
}
const dashboardOrigin = dashboardUrl.origin;

// Chromeless: the portal supplies the navigation around the dashboard.
const src = new URL(dashboardUrl);
src.searchParams.set('embed', '1');
frame.src = src.href;

/** Sends a host message; the target origin makes sure only the dashboard can read it. */
function post(message) {
  frame.contentWindow.postMessage({ version: 1, ...message }, dashboardOrigin);
}

// Browsers that tell a frame neither its parent's origin (location.ancestorOrigins) nor a referrer leave the
// dashboard waiting for the portal's first message: say hello after each load of the frame until it is ready.
let helloTimer;
frame.addEventListener('load', () => {
  clearInterval(helloTimer);
  helloTimer = setInterval(() => post({ type: 'vdk-host:hello' }), 1000);
});

window.addEventListener('message', (event) => {
  // Only the dashboard's own frame, at the dashboard's origin, is listened to.
  if (event.source !== frame.contentWindow || event.origin !== dashboardOrigin) return;
  const message = event.data;
  switch (message?.type) {
    case 'vdk-dashboard:ready':
      clearInterval(helloTimer);
      routeOutput.value = message.path;
      resize(message.height);
      break;
    case 'vdk-dashboard:resize':
      resize(message.height);
      break;
    case 'vdk-dashboard:route':
      routeOutput.value = message.path;
      break;
    case 'vdk-dashboard:rejected':
      showProblem(`The dashboard rejected ${message.rejectedType}: ${message.reason}`);
      break;
  }
});

function resize(height) {
  frame.style.height = `${height}px`;
  heightOutput.value = `${height}px`;
}

for (const button of document.querySelectorAll('button[data-path]')) {
  button.addEventListener('click', () => post({ type: 'vdk-host:navigate', path: button.dataset.path }));
}

document.getElementById('open-path').addEventListener('submit', (event) => {
  event.preventDefault();
  problem.hidden = true;
  post({ type: 'vdk-host:navigate', path: new FormData(event.target).get('path') });
});

document.getElementById('theme').addEventListener('change', (event) => {
  post({ type: 'vdk-host:set-theme', theme: event.target.value });
});
