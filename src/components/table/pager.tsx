import { useId, useState, type FormEvent } from 'react';
import { FilterMenu } from '@/components/menu/filter-menu';
import { classNames } from '@/components/ui/class-names';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { ChevronLeftIcon, ChevronRightIcon, FirstPageIcon, LastPageIcon, type IconShape } from '@/components/ui/icons';
import text from '@/components/ui/text.module.css';
import { countOf, formatNumber, pluralize, type Noun } from '@/lib/words';
import styles from './pager.module.css';

const BODY2 = classNames(text.text, text.body2);

interface PagerProps<Size extends number> {
  /** 1-based. A page past the end (an old link) is allowed: the pager then offers the last page. */
  page: number;
  pageSize: Size;
  pageSizes: readonly Size[];
  total: number;
  /** What the rows are: 'job' (or a Noun whose plural is not just "s"). */
  noun: string | Noun;
  onPage: (page: number) => void;
  onPageSize: (pageSize: Size) => void;
  /** The pointer or focus is on a page button: that page will probably be asked for next. */
  onPagePreview?: (page: number) => void;
}

const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * "26–50 of 312 jobs", first / previous / a page number to jump to / next / last, and the page size. The service
 * pages; this only asks. One pager for every paged list (job list, a job's history, the runs page).
 */
export function Pager<Size extends number>(props: PagerProps<Size>) {
  const { page, pageSize, pageSizes, total, noun, onPage, onPageSize, onPagePreview } = props;
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const previous = Math.min(page - 1, pages);
  const sizeOptions = pageSizes.map((size) => ({ value: String(size), label: String(size) }));
  const button = (label: string, target: number, disabled: boolean, icon: IconShape) => (
    <IconButton
      label={label}
      disabled={disabled}
      onClick={() => onPage(target)}
      onPointerEnter={() => onPagePreview?.(target)}
      onFocus={() => onPagePreview?.(target)}
    >
      <Icon icon={icon} />
    </IconButton>
  );
  return (
    <nav aria-label={`Pages of ${pluralize(2, noun)}`} className={styles.pager}>
      <FilterMenu
        label="Rows per page"
        options={sizeOptions}
        value={String(pageSize)}
        onChange={(value) => {
          const size = pageSizes.find((candidate) => String(candidate) === value);
          if (size !== undefined) onPageSize(size);
        }}
      />
      <p aria-live="polite" className={classNames(BODY2, styles.range)}>
        {formatNumber(first)}–{formatNumber(last)} of {countOf(total, noun)}
      </p>
      {button('First page', 1, page <= 1, FirstPageIcon)}
      {button('Previous page', previous, page <= 1, ChevronLeftIcon)}
      {/* Keyed by the page: a page change from elsewhere (Next, Back) resets what was typed. */}
      <PageJump key={page} page={page} pages={pages} onPage={onPage} />
      {button('Next page', page + 1, page >= pages, ChevronRightIcon)}
      {button('Last page', pages, page >= pages, LastPageIcon)}
    </nav>
  );
}

/** "Page [3] of 40": type a number and press Enter (or leave the field) to go there. */
function PageJump({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const inputId = useId();
  const [typed, setTyped] = useState(String(page));
  const go = (event?: FormEvent) => {
    event?.preventDefault();
    const wanted = Number.parseInt(typed, 10);
    if (Number.isNaN(wanted)) return setTyped(String(page));
    const target = Math.min(pages, Math.max(1, wanted));
    setTyped(String(target));
    if (target !== page) onPage(target);
  };
  return (
    <form onSubmit={go} className={styles.jump}>
      <label htmlFor={inputId} className={BODY2}>
        Page
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={() => go()}
        aria-describedby={`${inputId}-of`}
        className={styles.input}
        style={{ width: `${Math.max(2, String(pages).length) + 1.5}ch` }}
      />
      <span id={`${inputId}-of`} className={BODY2}>
        of {formatNumber(pages)}
      </span>
    </form>
  );
}
