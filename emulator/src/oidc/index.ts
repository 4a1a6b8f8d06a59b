import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JWK } from 'jose';
import { Provider } from 'oidc-provider';
import type { AccountView, AuthAdmin, AuthProvider } from '../auth-types.ts';
import { type AccountDirectory, createAccountDirectory } from './accounts.ts';
import { createAccessTokenVerifier } from './access-token.ts';
import { createOriginPolicy } from './allowed-origins.ts';
import type { DemoUser } from './demo-users.ts';
import { providerConfiguration } from './provider-config.ts';
import { createSignInRecord, type SignInRecord } from './sign-in-record.ts';
import { signInRoutes } from './sign-in-routes.ts';

export { demoUsers, type DemoUser } from './demo-users.ts';

export const DEFAULT_AUDIENCE = 'urn:vdk:control-service';

export interface OidcAuthOptions {
  /** e.g. `http://localhost:8092/oidc`; its path is where the provider is mounted. */
  issuer: string;
  /** Dashboards beyond the loopback ones (which are always allowed) that may sign in. */
  dashboardOrigins: string[];
  tokenTtlSeconds: number;
  /** The `aud` of access tokens, and the resource indicator of the Control Service. */
  audience?: string;
}

function createSigningKey(): { privateJwk: JWK; publicJwk: JWK } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const meta = { kid: `emulator-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' };
  return {
    privateJwk: { ...(privateKey.export({ format: 'jwk' }) as JWK), ...meta },
    publicJwk: { ...(publicKey.export({ format: 'jwk' }) as JWK), ...meta },
  };
}

const view = ({ username, name, teams }: DemoUser): AccountView => ({ username, name, teams });

function adminOf(accounts: AccountDirectory, signIns: SignInRecord): AuthAdmin {
  return {
    listUsers: () => accounts.list().map(view),
    setTeams(username, teams) {
      const user = accounts.setTeams(username, teams);
      return user && view(user);
    },
    async endSignIn(username) {
      if (!accounts.find(username)) return undefined;
      return { username, ended: await signIns.endSignIn(username) };
    },
  };
}

/** The OpenID provider of the emulator, and the resource-server check of its access tokens. */
export async function createOidcAuth(options: OidcAuthOptions): Promise<AuthProvider> {
  const issuer = options.issuer.replace(/\/+$/, '');
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const mountPath = new URL(issuer).pathname.replace(/\/+$/, '');
  const origins = createOriginPolicy(options.dashboardOrigins);
  const { privateJwk, publicJwk } = createSigningKey();
  const accounts = createAccountDirectory();
  const signIns = createSignInRecord();

  const provider = new Provider(
    issuer,
    providerConfiguration({
      mountPath,
      audience,
      tokenTtlSeconds: options.tokenTtlSeconds,
      dashboardOrigins: options.dashboardOrigins,
      origins,
      signingKey: privateJwk,
      cookieKeys: [randomBytes(32).toString('base64url')],
      accounts,
      signIns,
    }),
  );
  // Behind Vite's proxy or an ingress, URLs follow the host the browser used.
  provider.proxy = true;
  provider.Client.prototype.redirectUriAllowed = origins.redirectUriAllowed;
  provider.Client.prototype.postLogoutRedirectUriAllowed = origins.postLogoutRedirectUriAllowed;
  provider.on('server_error', (_ctx, error) => console.error('[oidc] server error', error));

  const handle = provider.callback();
  const forward = (request: FastifyRequest, reply: FastifyReply) => {
    reply.hijack();
    // The provider sees paths relative to its mount and finds the mount from `originalUrl`.
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    raw.originalUrl = raw.url;
    raw.url = raw.url?.slice(mountPath.length) || '/';
    handle(raw, reply.raw);
  };

  return {
    async register(app: FastifyInstance) {
      await app.register(
        async (scope) => {
          // The provider parses its own request bodies; Fastify must leave the stream unread.
          // No page of the provider may be framed (a framed sign-in form invites clickjacking); embedded dashboards
          // sign in through a popup.
          scope.addHook('onRequest', async (_request, reply) => {
            reply.raw.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
          });
          scope.removeAllContentTypeParsers();
          scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
          await scope.register(signInRoutes(provider, 'VDK Dashboard', mountPath));
          scope.all('/', forward);
          scope.all('/*', forward);
        },
        { prefix: mountPath },
      );
    },

    authenticate: createAccessTokenVerifier({
      keys: [publicJwk],
      issuer,
      audience,
      currentTeams: (username) => accounts.find(username)?.teams,
    }),

    admin: adminOf(accounts, signIns),
  };
}
