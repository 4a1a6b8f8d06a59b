import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from './alert';
import { Button, LinkButton } from './button';
import { Icon } from './icon';
import { IconButton } from './icon-button';
import { CheckCircleIcon } from './icons';
import { Surface } from './surface';
import { Text, VisuallyHidden } from './text';
import { ExternalLink, TextLink } from './text-link';
import { ToggleButtons } from './toggle-buttons';

function renderInRouter(ui: ReactNode) {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/teams/a'] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('ui kit', () => {
  it('Button is a real button that does not submit a form unless told, and a disabled one does nothing', async () => {
    const onClick = vi.fn();
    const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button onClick={onClick}>Retry</Button>
        <Button variant="contained" disabled onClick={onClick}>
          Deploy
        </Button>
        <Button type="submit">Save</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Deploy' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('LinkButton and TextLink are links that navigate in the app; ExternalLink is a plain link', async () => {
    const router = renderInRouter(
      <>
        <LinkButton to="/teams/a/jobs" startIcon={<Icon icon={CheckCircleIcon} />}>
          All jobs
        </LinkButton>
        <TextLink to="/teams/a/jobs/ingest">ingest</TextLink>
        <ExternalLink href="https://example.org/docs">Docs</ExternalLink>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Docs' })).toHaveAttribute('href', 'https://example.org/docs');
    await userEvent.click(screen.getByRole('link', { name: 'ingest' }));
    expect(router.state.location.pathname).toBe('/teams/a/jobs/ingest');
    await userEvent.click(screen.getByRole('link', { name: 'All jobs' }));
    expect(router.state.location.pathname).toBe('/teams/a/jobs');
  });

  it('IconButton is named by its label; its icon is hidden from assistive technology', () => {
    render(
      <IconButton label="Copy details">
        <Icon icon={CheckCircleIcon} />
      </IconButton>,
    );
    const button = screen.getByRole('button', { name: 'Copy details' });
    expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('an Icon with a title is an image of that name, with the Material icon’s test id', () => {
    render(<Icon icon={CheckCircleIcon} titleAccess="Succeeded" />);
    expect(screen.getByRole('img', { name: 'Succeeded' })).toHaveAttribute('data-testid', 'CheckCircleIcon');
  });

  it('Alert announces at once by default, a confirmation waits its turn, and Close closes it', async () => {
    const onClose = vi.fn();
    render(
      <>
        <Alert severity="error" title="Could not load the jobs" action={<Button color="inherit">Retry</Button>}>
          The service did not answer.
        </Alert>
        <Alert severity="success" role="status" onClose={onClose}>
          Job deleted.
        </Alert>
      </>,
    );
    const failure = screen.getByRole('alert');
    expect(failure).toHaveTextContent('Could not load the jobs');
    expect(failure).toHaveTextContent('The service did not answer.');
    // The severity has a shape of its own, not only a colour.
    expect(failure.querySelector('[data-testid="ErrorOutlineIcon"]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();

    expect(screen.getByRole('status')).toHaveTextContent('Job deleted.');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Text renders the variant’s element unless told; Surface takes the element it is given', () => {
    render(
      <Surface as="section" aria-labelledby="title">
        <Text id="title" variant="h6" as="h2">
          Upcoming runs
        </Text>
        <Text variant="h4">Jobs</Text>
        <VisuallyHidden>Search jobs</VisuallyHidden>
      </Surface>,
    );
    expect(screen.getByRole('region', { name: 'Upcoming runs' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Upcoming runs' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Jobs' })).toBeInTheDocument();
    expect(screen.getByText('Search jobs')).toBeInTheDocument();
  });

  it('ToggleButtons is a named group whose chosen button is pressed; a press asks for its value', async () => {
    const onChange = vi.fn();
    render(
      <ToggleButtons
        label="Window"
        options={[
          { value: '24h', label: '24h', name: 'last 24 hours' },
          { value: '7d', label: '7d', name: 'last 7 days' },
        ]}
        value="7d"
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Window' });
    expect(within(group).getByRole('button', { name: 'last 7 days' })).toHaveAttribute('aria-pressed', 'true');
    const other = within(group).getByRole('button', { name: 'last 24 hours' });
    expect(other).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(other);
    expect(onChange).toHaveBeenCalledWith('24h');
  });
});
