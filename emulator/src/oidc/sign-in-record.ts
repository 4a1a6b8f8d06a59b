import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';

/**
 * Sessions, grants and tokens live in memory on purpose, like an emulator's demo data (a subclass of
 * the provider's own adapter says so and keeps its "MUST change" warning out of the log). It also
 * notes which stored entries belong to which account, so an admin can end a user's sign-in the
 * way a provider's "sign out everywhere" does: the browser session, the grants and the refresh
 * tokens go; access tokens already issued (JWTs) stay valid until they expire.
 */
export function createSignInRecord() {
  const entriesByAccount = new Map<string, Map<string, string>>();

  class EmulatorMemoryAdapter extends MemoryAdapter {
    override async upsert(id: string, payload: Record<string, unknown>, expiresIn: number): Promise<void> {
      await super.upsert(id, payload, expiresIn);
      const { accountId } = payload;
      if (typeof accountId !== 'string') return;
      const entries = entriesByAccount.get(accountId) ?? new Map<string, string>();
      entries.set(`${this.model}:${id}`, this.model);
      entriesByAccount.set(accountId, entries);
    }
  }

  return {
    Adapter: EmulatorMemoryAdapter,

    /** Ends every sign-in of the account; returns how many stored entries were removed. */
    async endSignIn(accountId: string): Promise<number> {
      const entries = entriesByAccount.get(accountId);
      entriesByAccount.delete(accountId);
      if (!entries) return 0;
      for (const [key, model] of entries) {
        await new EmulatorMemoryAdapter(model).destroy(key.slice(model.length + 1));
      }
      return entries.size;
    },
  };
}

export type SignInRecord = ReturnType<typeof createSignInRecord>;
