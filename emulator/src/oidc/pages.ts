/** The provider's own HTML pages: self-contained (no external fonts), accessible, every value escaped. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { width: min(22rem, 100% - 2rem); padding: 2rem; border: 1px solid GrayText; border-radius: 8px; }
  h1 { font-size: 1.4rem; margin: 0 0 1.25rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input { box-sizing: border-box; width: 100%; padding: 0.55rem; font: inherit; border: 1px solid GrayText; border-radius: 4px; }
  input:focus-visible, button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.65rem; font: inherit; font-weight: 600; border: 0; border-radius: 4px;
           background: #1565c0; color: #fff; cursor: pointer; }
  .error { margin: 0 0 1rem; padding: 0.75rem; border-radius: 4px; background: #fdecea; color: #7f1d1d; border: 1px solid #b71c1c; }
  .hint { margin-top: 1.5rem; font-size: 0.9rem; }
`;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
${body}
  </main>${script}
</body>
</html>`;
}

export interface SignInPageOptions {
  action: string;
  clientName: string;
  username?: string;
  error?: string;
  demoHint?: string;
}

export function signInPage({ action, clientName, username = '', error, demoHint }: SignInPageOptions): string {
  const errorBlock = error ? `<p id="sign-in-error" class="error" role="alert">${escapeHtml(error)}</p>` : '';
  const describedBy = error ? ' aria-describedby="sign-in-error" aria-invalid="true"' : '';
  const hint = demoHint ? `<p class="hint">${escapeHtml(demoHint)}</p>` : '';
  return page(
    `Sign in – ${clientName}`,
    `    <h1>Sign in to ${escapeHtml(clientName)}</h1>
    ${errorBlock}
    <form method="post" action="${escapeHtml(action)}" novalidate>
      <label for="username">Username</label>
      <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required
             value="${escapeHtml(username)}"${describedBy}${username ? '' : ' autofocus'}>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}${username ? ' autofocus' : ''}>
      <button type="submit">Sign in</button>
    </form>
    ${hint}`,
  );
}

/**
 * RP-initiated logout: the dashboard already asked for it (with an id_token_hint), so the page
 * confirms on its own; without JavaScript the button does the same.
 */
export function signOutPage(form: string): string {
  return page(
    'Signing out',
    `    <h1>Signing you out…</h1>
    ${form}
    <button id="confirm-sign-out" type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
    `
  <script>document.getElementById('op.logoutForm').requestSubmit(document.getElementById('confirm-sign-out'));</script>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '    <h1>You are signed out</h1>\n    <p>You can close this window.</p>');
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    'Sign-in problem',
    `    <h1>Sign-in problem</h1>
    <p role="alert"><strong>${escapeHtml(error)}</strong>${description ? `: ${escapeHtml(description)}` : ''}</p>`,
  );
}
