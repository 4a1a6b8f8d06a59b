import { useId, type ReactNode } from 'react';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { Alert } from '@/components/ui/alert';
import { Surface } from '@/components/ui/surface';
import { Text } from '@/components/ui/text';
import { PENDING_CARD, type CardState } from '../model/card-state';
import { useIsSlow } from '../hooks/use-is-slow';
import styles from './home-card.module.css';

interface HomeCardProps<T> {
  title: string;
  /** Beside the title: a span switch, a "see all" link. */
  action?: ReactNode;
  state: CardState<T>;
  /** Busy beyond `state.isPending`: its data is here in part and still coming. */
  isBusy?: boolean;
  /** What the card shows once its data is here (also when a refresh failed after it). */
  children: (data: T) => ReactNode;
}

/** One card of the home, a region named by its heading, its data in every state. A card that fails never takes the others with it. */
export function HomeCard<T>({ title, action, state, isBusy = false, children }: HomeCardProps<T>) {
  const headingId = useId();
  return (
    <Surface
      as="section"
      variant="outlined"
      aria-labelledby={headingId}
      aria-busy={state.isPending || isBusy}
      className={styles.card}
    >
      <div className={styles.header}>
        <Text id={headingId} variant="h6" as="h2">
          {title}
        </Text>
        {action}
      </div>
      <CardStateView name={title} state={state}>
        {children}
      </CardStateView>
    </Surface>
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
    <div>
      <LoadingBar label={`Loading ${what}`} />
      {isSlow && (
        <Text variant="body2" color="text.secondary" className={styles.slow} role="status">
          Still waiting for the Control Service…
        </Text>
      )}
    </div>
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
