import { lazy, Suspense } from 'react';
import { useAuth } from './auth-context';

// Its own chunk, fetched only for a signed-in user (as the top bar first renders, beside the page's own chunk), so a
// first visit to a dashboard without login never downloads it. If it cannot load, the user's name still shows.
const UserMenu = lazy(() =>
  import('./user-menu').then(
    (module) => ({ default: module.UserMenu }),
    () => ({ default: UserName }),
  ),
);

function UserName() {
  return <span>{useAuth().user?.name}</span>;
}

/** The signed-in user's menu in the app bar; nothing without login. */
export function SignedInUserMenu() {
  const { user } = useAuth();
  if (!user) return null;
  return (
    <Suspense fallback={<UserName />}>
      <UserMenu />
    </Suspense>
  );
}
