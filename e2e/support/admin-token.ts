/**
 * The token that opens the e2e Control Services' admin API (`--admin-token`; with auth on, `/__emulator/*` needs it
 * or a signed-in user's token). Only for the emulators the tests start themselves.
 */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-not-a-secret';

/** Headers for an admin call made outside a signed-in user (Playwright's `page.request`, setup fixtures). */
export const adminHeaders = { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
