import type { JWK } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { OriginPolicy } from './allowed-origins.ts';
import { CALLBACK_PATH_SUFFIX } from './allowed-origins.ts';
import type { AccountDirectory } from './accounts.ts';
import { errorPage, signedOutPage, signOutPage } from './pages.ts';
import type { SignInRecord } from './sign-in-record.ts';

export const DASHBOARD_CLIENT_ID = 'vdk-dashboard';
/** The one scope of the Control Service as a resource server; its tokens carry it. */
export const API_SCOPE = 'api';
const OIDC_SCOPES = 'openid offline_access profile email groups';
const EIGHT_HOURS = 8 * 60 * 60;

export interface ProviderSettings {
  mountPath: string;
  audience: string;
  tokenTtlSeconds: number;
  dashboardOrigins: string[];
  origins: OriginPolicy;
  signingKey: JWK;
  cookieKeys: string[];
  /** Who may sign in and their teams now: tokens issued or renewed carry the current teams. */
  accounts: AccountDirectory;
  signIns: SignInRecord;
}

function accountFinder(accounts: AccountDirectory) {
  return async function findAccount(_ctx: unknown, id: string) {
    const user = accounts.find(id);
    if (!user) return undefined;
    return {
      accountId: user.username,
      claims: async () => ({
        sub: user.username,
        name: user.name,
        preferred_username: user.username,
        username: user.username,
        email: user.email,
        email_verified: true,
        groups: [...user.teams],
      }),
    };
  };
}

/**
 * The dashboard is our own first-party client: instead of a consent screen, sign-in grants it
 * everything it may ask for (the pattern oidc-provider documents for `loadExistingGrant`).
 */
function grantFirstPartyClient(audience: string) {
  return async function loadExistingGrant(ctx: KoaContextWithOIDC) {
    const { client, session, result, provider } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const existingId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    const grant =
      (existingId && (await provider.Grant.find(existingId))) ||
      new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope(OIDC_SCOPES);
    grant.addResourceScope(audience, API_SCOPE);
    await grant.save();
    return grant;
  };
}

export function providerConfiguration(settings: ProviderSettings): Configuration {
  const { audience, tokenTtlSeconds, origins, accounts } = settings;
  return {
    adapter: settings.signIns.Adapter,
    clients: [
      {
        client_id: DASHBOARD_CLIENT_ID,
        client_name: 'VDK Dashboard',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // Registered for the record; `redirectUriAllowed` (see index.ts) accepts every local dashboard.
        redirect_uris: settings.dashboardOrigins.map((origin) => `${origin}${CALLBACK_PATH_SUFFIX}`),
        post_logout_redirect_uris: settings.dashboardOrigins.map((origin) => `${origin}/`),
      },
    ],
    jwks: { keys: [settings.signingKey] },
    cookies: { keys: settings.cookieKeys },
    findAccount: accountFinder(accounts),
    scopes: OIDC_SCOPES.split(' '),
    claims: {
      openid: ['sub'],
      // Teams come with the profile too: dashboards that ask only for `openid profile` still see them.
      profile: ['name', 'preferred_username', 'username', 'groups'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the profile and groups in the ID token, so the dashboard knows the user without a userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true, methods: ['S256'] },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = signOutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        // The dashboard need not know the API's identifier: every token is for the Control Service.
        defaultResource: async () => audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, indicator: string) => {
          if (indicator !== audience) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          return {
            scope: API_SCOPE,
            audience,
            accessTokenTTL: tokenTtlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The Control Service's authorization reads the user from `username` (REFERENCE.md §9.2) and our teams from `groups`.
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const user = token.accountId ? accounts.find(token.accountId) : undefined;
      return user ? { username: user.username, groups: [...user.teams] } : undefined;
    },
    // A single-page app gets a refresh token without asking for offline_access; each use rotates it.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    loadExistingGrant: grantFirstPartyClient(audience),
    clientBasedCORS: (_ctx: unknown, origin: string) => origins.originAllowed(origin),
    interactions: {
      url: async (_ctx: unknown, interaction: { uid: string }) =>
        `${settings.mountPath}/interaction/${interaction.uid}`,
    },
    ttl: {
      AccessToken: tokenTtlSeconds,
      IdToken: tokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 60 * 60,
      Grant: EIGHT_HOURS,
      Session: EIGHT_HOURS,
      // Rotation hands over the remaining lifetime, so a browser session ends eight hours after sign-in.
      RefreshToken: (ctx?: { oidc?: { entities?: { RotatedRefreshToken?: { remainingTTL: number } } } }) =>
        ctx?.oidc?.entities?.RotatedRefreshToken?.remainingTTL ?? EIGHT_HOURS,
    },
    renderError: async (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
  };
}
