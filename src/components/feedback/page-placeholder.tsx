import styles from './page-placeholder.module.css';

/** A page's shape while its data loads: a heading line and a block, announced as a busy progress bar. */
export function PagePlaceholder({ label, headingWidth }: { label: string; headingWidth: number }) {
  return (
    <div role="progressbar" aria-busy="true" aria-label={label}>
      <span className={`${styles.bone} ${styles.heading}`} style={{ width: headingWidth }} />
      <span className={`${styles.bone} ${styles.block}`} />
    </div>
  );
}
