import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('states the consequence and confirms', async () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmDialog
        open
        title="Disable ingest-sales?"
        consequence="It will not run on its schedule until you enable it again."
        confirmLabel="Disable"
        onConfirm={onConfirm}
        onClose={vi.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Disable ingest-sales?' });
    expect(dialog).toHaveAccessibleDescription('It will not run on its schedule until you enable it again.');
    await userEvent.click(screen.getByRole('button', { name: 'Disable' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('needs the name typed before a destructive action', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmDialog
        open
        isDestructive
        title="Delete ingest-sales?"
        consequence="Its deployment and history are removed."
        confirmLabel="Delete job"
        typeToConfirm="ingest-sales"
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const confirm = screen.getByRole('button', { name: 'Delete job' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Type “ingest-sales” to confirm' }), 'ingest-sale');
    expect(confirm).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Type “ingest-sales” to confirm' }), 's');
    expect(confirm).toBeEnabled();
  });

  it('cannot be dismissed while the action runs', async () => {
    const onClose = vi.fn();
    render(
      <ConfirmDialog
        open
        isPending
        title="Execute ingest-sales now?"
        consequence="A manual execution starts."
        confirmLabel="Execute"
        onConfirm={vi.fn()}
        onClose={onClose}
      />,
    );
    expect(screen.getByRole('button', { name: 'Execute…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Keep as is' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });
});
