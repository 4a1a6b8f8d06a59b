/** sessionStorage key prefix of oidc-client-ts's user and sign-in state; the e2e fixtures sign in through it. */
export const OIDC_STORE_PREFIX = 'vdk-dashboard.oidc.';
