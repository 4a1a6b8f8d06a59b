import { type DemoUser, demoUsers } from './demo-users.ts';

/**
 * The demo users as one provider knows them now: an admin may change a user's teams while the
 * emulator runs (`PUT /__emulator/users/:username/teams`). Each provider has its own copy, so one
 * test's change never leaks into another emulator in the same process.
 */
export interface AccountDirectory {
  find(username: string): DemoUser | undefined;
  list(): DemoUser[];
  /** The user with the new teams, or undefined for an unknown user. */
  setTeams(username: string, teams: readonly string[]): DemoUser | undefined;
}

export function createAccountDirectory(users: readonly DemoUser[] = demoUsers): AccountDirectory {
  const accounts = new Map(users.map((user) => [user.username, { ...user, teams: [...user.teams] }]));
  const copy = (user: DemoUser | undefined) => user && { ...user, teams: [...user.teams] };
  return {
    find: (username) => copy(accounts.get(username)),
    list: () => [...accounts.values()].map((user) => ({ ...user, teams: [...user.teams] })),
    setTeams(username, teams) {
      const user = accounts.get(username);
      if (!user) return undefined;
      user.teams = [...new Set(teams)];
      return copy(user);
    },
  };
}
