/** The people who can sign in to the emulator's OpenID provider; `npm start` prints them. */
export interface DemoUser {
  username: string;
  password: string;
  name: string;
  email: string;
  teams: string[];
}

export const demoUsers: readonly DemoUser[] = [
  {
    username: 'alice',
    password: 'demo',
    name: 'Alice Example',
    email: 'alice@example.com',
    teams: ['data-platform', 'analytics'],
  },
  { username: 'bob', password: 'demo', name: 'Bob Example', email: 'bob@example.com', teams: ['finance'] },
];

export function findDemoUser(username: string): DemoUser | undefined {
  return demoUsers.find((user) => user.username === username);
}

/** The user whose password matches, or undefined; never says which of the two was wrong. */
export function checkPassword(username: string, password: string): DemoUser | undefined {
  const user = findDemoUser(username.trim());
  return user && user.password === password ? user : undefined;
}
