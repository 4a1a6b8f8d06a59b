import type { FastifyInstance } from 'fastify';
import type { Provider } from 'oidc-provider';
import { checkPassword, demoUsers } from './demo-users.ts';
import { errorPage, signInPage } from './pages.ts';

const DEMO_HINT = `Demo users: ${demoUsers.map((user) => user.username).join(', ')} (password “demo”).`;
const WRONG_CREDENTIALS = 'Wrong username or password. Check both and try again.';

function formValue(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Our own sign-in page for the provider's login prompt, at `<mount>/interaction/:uid`. Consent is
 * never asked (see `loadExistingGrant`), so login is the only prompt a user sees.
 */
export function signInRoutes(provider: Provider, clientName: string, mountPath: string) {
  return async function routes(app: FastifyInstance) {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    app.setErrorHandler((error: Error & { statusCode?: number; status?: number }, _request, reply) => {
      // Typically the interaction cookie is gone (expired, or another browser): start over from the dashboard.
      const status = error.statusCode ?? error.status ?? 500;
      const message =
        status < 500
          ? 'This sign-in attempt has expired. Go back to the dashboard and sign in again.'
          : 'The sign-in service failed.';
      return reply.code(status).type('text/html').send(errorPage(message, undefined));
    });

    const render = (uid: string, username?: string, error?: string) =>
      signInPage({ action: `${mountPath}/interaction/${uid}/login`, clientName, username, error, demoHint: DEMO_HINT });

    app.get<{ Params: { uid: string } }>('/interaction/:uid', async (request, reply) => {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      if (details.prompt.name !== 'login') {
        // Consent is pre-granted; finishing with no result lets the provider re-check and continue.
        return reply.redirect(await provider.interactionResult(request.raw, reply.raw, {}), 303);
      }
      return reply.header('cache-control', 'no-store').type('text/html').send(render(details.uid));
    });

    app.post<{ Params: { uid: string } }>('/interaction/:uid/login', async (request, reply) => {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      const username = formValue(request.body, 'username');
      const user = checkPassword(username, formValue(request.body, 'password'));
      if (!user) {
        return reply
          .code(401)
          .header('cache-control', 'no-store')
          .type('text/html')
          .send(render(details.uid, username, WRONG_CREDENTIALS));
      }
      const returnTo = await provider.interactionResult(request.raw, reply.raw, {
        login: { accountId: user.username },
      });
      return reply.redirect(returnTo, 303);
    });
  };
}
