import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { PENDING_CARD, type CardState } from '../model/card-state';
import { useIsSlow } from '../hooks/use-is-slow';

interface HomeCardProps<T> {
  title: string;
  /** Beside the title: a span switch, a "see all" link. */
  action?: ReactNode;
  state: CardState<T>;
  /** What the card shows once its data is here (also when a refresh failed after it). */
  children: (data: T) => ReactNode;
}

/** One card of the home, a region named by its heading, its data in every state. A card that fails never takes the others with it. */
export function HomeCard<T>({ title, action, state, children }: HomeCardProps<T>) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      aria-busy={state.isPending}
      sx={{ p: 2, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      <CardStateView name={title} state={state}>
        {children}
      </CardStateView>
    </Paper>
  );
}

interface CardStateViewProps<T> {
  /** What is loading, said in "Loading …" and "Could not load …". */
  name: string;
  state: CardState<T>;
  children: (data: T) => ReactNode;
}

/**
 * A card's data, or a part of it that comes on its own, with every state said: loading (and still loading after a
 * few seconds), failed with the service's words and Retry, and data kept with a warning when a refresh failed.
 */
export function CardStateView<T>({ name, state, children }: CardStateViewProps<T>) {
  const isSlow = useIsSlow(state.isPending);
  const what = name.toLowerCase();
  return state.isPending ? (
    <Box>
      <LoadingBar label={`Loading ${what}`} />
      {isSlow && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} role="status">
          Still waiting for the Control Service…
        </Typography>
      )}
    </Box>
  ) : state.data === undefined ? (
    <ApiErrorAlert
      error={state.error}
      title={`Could not load ${what}`}
      onRetry={state.refetch}
      isRetrying={state.isFetching}
    />
  ) : (
    <>
      {state.error != null && (
        <Alert severity="warning">
          Could not refresh: {state.error instanceof Error ? state.error.message : 'the Control Service failed'} These
          figures are from the last answer.
        </Alert>
      )}
      {children(state.data)}
    </>
  );
}

/** A card whose code is still on its way: its heading, and that it is loading. */
export function PendingCard({ title }: { title: string }) {
  return (
    <HomeCard title={title} state={PENDING_CARD}>
      {() => null}
    </HomeCard>
  );
}
