import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, type AuthContextValue } from './auth-context';
import { UserMenu } from './user-menu';

function renderMenu(value: AuthContextValue) {
  return render(
    <AuthContext value={value}>
      <UserMenu />
    </AuthContext>,
  );
}

describe('UserMenu', () => {
  it('shows nothing when nobody is signed in (auth off)', () => {
    const { container } = renderMenu({ enabled: false, user: null, signOut: vi.fn() });
    expect(container).toBeEmptyDOMElement();
  });

  it('names the user, lists their teams and signs out', { timeout: 30_000 }, async () => {
    const signOut = vi.fn();
    renderMenu({
      enabled: true,
      user: { name: 'Alice Example', username: 'alice', teams: ['data-platform', 'analytics'] },
      signOut,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Alice Example' }));
    // The panel is drawn by MUI, loaded on the first click: on a busy machine that import takes seconds.
    const panel = await screen.findByRole('dialog', { name: 'Alice Example' }, { timeout: 10_000 });
    expect(panel).toHaveTextContent('alice');
    const teams = screen.getByRole('list', { name: 'Your teams' });
    expect(Array.from(teams.querySelectorAll('li'), (item) => item.textContent)).toEqual([
      'data-platform',
      'analytics',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(signOut).toHaveBeenCalledOnce();
  });
});
