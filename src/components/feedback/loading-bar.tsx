import styles from './loading-bar.module.css';

/** A thin indeterminate progress bar in the primary colour, announced as a progressbar named by `label`. */
export function LoadingBar({ label }: { label: string }) {
  return (
    <div role="progressbar" aria-label={label} className={styles.track}>
      <div className={styles.bar} />
    </div>
  );
}
