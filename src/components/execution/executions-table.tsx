import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { useDelegatedLinks } from '@/components/routing/use-delegated-links';
import type { ExecutionOrder, ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { SortableTableHead, type SortableColumn } from '@/components/table/sortable-table-head';
import { TruncatedText } from '@/components/table/truncated-text';
import { useRowsByFrame } from '@/components/table/use-rows-by-frame';
import { classNames } from '@/components/ui/class-names';
import { Icon } from '@/components/ui/icon';
import { ScheduleIcon, TouchAppIcon } from '@/components/ui/icons';
import table from '@/components/ui/table.module.css';
import text from '@/components/ui/text.module.css';
import textLink from '@/components/ui/text-link.module.css';
import { Duration } from '@/components/time/duration';
import { Time } from '@/components/time/time';
import { shortVersion } from '@/lib/job-version';
import { paths } from '@/lib/paths';
import { CancelExecutionButton } from './cancel-execution-button';
import type { ExecutionColumn, ExecutionColumnId } from './execution-columns';
import styles from './executions-table.module.css';

/** Rows ticked for an action on several executions (cancel them together, compare two). */
export interface RowSelection {
  selected: ReadonlySet<string>;
  onToggle: (row: ExecutionSummary) => void;
  /** Rows that can take part (e.g. only active ones can be cancelled); the others get no checkbox. */
  isSelectable: (row: ExecutionSummary) => boolean;
}

interface ExecutionsTableProps {
  /** The job a row belongs to; undefined when its team is not known (no links, no cancel). */
  jobOf: (row: ExecutionSummary) => JobRef | undefined;
  /** From `executionColumns`, with the ones shown (`useTableColumns`). */
  columns: readonly ExecutionColumn[];
  visible: ReadonlySet<ExecutionColumnId>;
  rows: ExecutionSummary[];
  sort: ExecutionOrder;
  onSortChange: (sort: ExecutionOrder) => void;
  selection?: RowSelection;
  /** Rendered in the body when there are no rows. */
  empty: ReactNode;
  isUpdating: boolean;
  /** Once every one of `rows` is drawn (they come a few a frame): work that would slow the drawing can start. */
  onRowsDrawn?: (rows: readonly ExecutionSummary[]) => void;
}

const SELECT_COLUMN: SortableColumn<ExecutionOrderProperty> = { id: 'select', label: 'Select' };

// Plain elements with the kit's class names: a page of 100 runs renders no styled component per cell.
const TABLE = classNames(table.table, table.small);
const ROW = classNames(table.row, table.hover);
const SELECTED_ROW = classNames(ROW, table.selected);
const CHECKBOX_CELL = classNames(table.cell, table.checkbox);
const NO_WRAP_CELL = classNames(table.cell, styles.noWrap);
const BODY2 = classNames(text.text, text.body2);
const STARTED_BY = classNames(text.caption, text.textSecondary, styles.startedBy);
const NO_WRAP = new Set<ExecutionColumnId>(['start', 'end', 'duration']);
/** New rows drawn a frame: about a screen's worth of the table comes in the first frame, the rest in the next ones. */
const ROWS_PER_FRAME = 6;
const keyOf = (row: ExecutionSummary) => row.id ?? '';

/** A plain link's attributes, followed in the app by the body's click handler (useDelegatedLinks). */
type LinkTo = (to: string) => { href: string };

function TypeCell({ row }: { row: ExecutionSummary }) {
  const isScheduled = row.type?.toLowerCase() === 'scheduled';
  return (
    <div className={styles.type}>
      <Icon icon={isScheduled ? ScheduleIcon : TouchAppIcon} fontSize="small" color="action" />
      <div className={styles.typeText}>
        <span className={BODY2}>{row.type ? (isScheduled ? 'Scheduled' : 'Manual') : '—'}</span>
        {row.startedBy && (
          <span className={STARTED_BY}>
            <TruncatedText text={`by ${row.startedBy}`} maxWidth={140} />
          </span>
        )}
      </div>
    </div>
  );
}

function ExecutionCells({
  row,
  jobRef,
  shown,
  linkTo,
}: {
  row: ExecutionSummary;
  jobRef: JobRef | undefined;
  shown: readonly ExecutionColumn[];
  linkTo: LinkTo;
}) {
  const cells: Record<ExecutionColumnId, () => ReactNode> = {
    status: () => <ExecutionStatusChip status={row.status} message={row.message} />,
    job: () =>
      jobRef ? (
        <TruncatedText
          text={jobRef.job}
          maxWidth={160}
          wrap={(line) => (
            <a {...linkTo(paths.job(jobRef))} className={textLink.link}>
              {line}
            </a>
          )}
        />
      ) : (
        <TruncatedText text={row.jobName} maxWidth={160} />
      ),
    execution: () =>
      row.id && jobRef ? (
        <TruncatedText
          text={row.id}
          maxWidth={200}
          cut="start"
          wrap={(line) => (
            <a {...linkTo(paths.execution({ ...jobRef, executionId: row.id! }))} className={textLink.link}>
              {line}
            </a>
          )}
        />
      ) : (
        <TruncatedText text={row.id} maxWidth={200} cut="start" />
      ),
    type: () => <TypeCell row={row} />,
    start: () => <Time value={row.startTime} />,
    end: () => <Time value={row.endTime} fallback="Not finished" />,
    duration: () => (row.startTime ? <Duration start={row.startTime} end={row.endTime} /> : '—'),
    job_version: () => (
      <code title={row.deployment?.jobVersion ?? undefined}>{shortVersion(row.deployment?.jobVersion)}</code>
    ),
    vdk_version: () => <TruncatedText text={row.deployment?.vdkVersion} maxWidth={120} />,
    message: () => <TruncatedText text={row.message} maxWidth={220} />,
    op_id: () => <TruncatedText text={row.opId} maxWidth={140} cut="start" />,
    actions: () =>
      row.id &&
      jobRef && <CancelExecutionButton executionRef={{ ...jobRef, executionId: row.id }} status={row.status} />,
  };
  return shown.map((column) => (
    <td key={column.id} className={NO_WRAP.has(column.id) ? NO_WRAP_CELL : table.cell}>
      {cells[column.id]()}
    </td>
  ));
}

interface ExecutionRowProps {
  row: ExecutionSummary;
  /** The row's job (`jobOf`), by its names: the same strings every render, where the object may be new. */
  team: string | undefined;
  job: string | undefined;
  shown: readonly ExecutionColumn[];
  linkTo: LinkTo;
  /** With a checkbox column: whether the row is ticked, whether it can be (else no checkbox), and the toggle. */
  tick?: { isSelected: boolean; isSelectable: boolean; onToggle: (row: ExecutionSummary) => void };
}

/**
 * A row, skipped when its run, job, columns and tick are unchanged: a poll's answer keeps the identity of runs that
 * did not change, and a page that keeps the last rows on screen while it draws new ones redraws none of them.
 */
const ExecutionRow = memo(
  function ExecutionRow({ row, team, job, shown, linkTo, tick }: ExecutionRowProps) {
    const isSelected = tick?.isSelected ?? false;
    return (
      <tr className={isSelected ? SELECTED_ROW : ROW}>
        {tick && (
          <td className={CHECKBOX_CELL}>
            {row.id && tick.isSelectable && (
              <input
                type="checkbox"
                className={styles.checkbox}
                checked={isSelected}
                onChange={() => tick.onToggle(row)}
                aria-label={`Select run ${row.id}`}
              />
            )}
          </td>
        )}
        <ExecutionCells
          row={row}
          jobRef={team !== undefined && job !== undefined ? { team, job } : undefined}
          shown={shown}
          linkTo={linkTo}
        />
      </tr>
    );
  },
  (before, after) =>
    before.row === after.row &&
    before.team === after.team &&
    before.job === after.job &&
    before.shown === after.shown &&
    before.linkTo === after.linkTo &&
    before.tick?.isSelected === after.tick?.isSelected &&
    before.tick?.isSelectable === after.tick?.isSelectable &&
    before.tick?.onToggle === after.tick?.onToggle,
);

/**
 * One page of executions, ordered by the service: a job's history, or the runs page across jobs. Sorting and paging
 * go back to the service, so 10,000+ executions cost one page of rows. Active rows can be cancelled from the row.
 * Long names, ids and messages are cut to one line (whole on hover and focus), so the table fits the screen.
 */
export function ExecutionsTable(props: ExecutionsTableProps) {
  const { jobOf, columns, visible, rows, sort, onSortChange, selection, empty, isUpdating, onRowsDrawn } = props;
  const shown = useMemo(() => columns.filter((column) => visible.has(column.id)), [columns, visible]);
  const headers = [...(selection ? [SELECT_COLUMN] : []), ...shown];
  // One click handler follows the body's job and execution links: a Link each would cost every row its hooks.
  const links = useDelegatedLinks();
  const { shown: drawn, isFilling } = useRowsByFrame(rows, keyOf, ROWS_PER_FRAME);
  useEffect(() => {
    if (!isFilling) onRowsDrawn?.(rows);
  }, [isFilling, rows, onRowsDrawn]);
  return (
    <div className={classNames(table.container, styles.container, isUpdating && styles.updating)}>
      {/* While the next rows are asked or drawn, the table is not yet the answer: say so to assistive tech. */}
      <table className={TABLE} aria-label="Executions" aria-busy={isUpdating || isFilling}>
        <SortableTableHead
          columns={headers}
          sort={{ by: sort.property, direction: sort.direction === 'ASC' ? 'asc' : 'desc' }}
          firstDirection="desc"
          onSortChange={({ by, direction }) =>
            onSortChange({ property: by, direction: direction === 'asc' ? 'ASC' : 'DESC' })
          }
        />
        {/* Delegation: the clicks handled here are those of the real links inside. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onClick={links.onClick}>
          {rows.length === 0 ? (
            <tr className={table.row}>
              <td className={table.cell} colSpan={headers.length}>
                {empty}
              </td>
            </tr>
          ) : (
            drawn.map((row) => {
              const jobRef = jobOf(row);
              return (
                <ExecutionRow
                  key={row.id}
                  row={row}
                  team={jobRef?.team}
                  job={jobRef?.job}
                  shown={shown}
                  linkTo={links.linkProps}
                  tick={
                    selection && {
                      isSelected: row.id ? selection.selected.has(row.id) : false,
                      isSelectable: selection.isSelectable(row),
                      onToggle: selection.onToggle,
                    }
                  }
                />
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
