import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import LastPageIcon from '@mui/icons-material/LastPage';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { FilterMenu } from '@/components/menu/filter-menu';
import { countOf, formatNumber, pluralize, type Noun } from '@/lib/words';

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
  const button = (label: string, target: number, disabled: boolean, icon: ReactNode) => (
    <IconButton
      aria-label={label}
      disabled={disabled}
      onClick={() => onPage(target)}
      onPointerEnter={() => onPagePreview?.(target)}
      onFocus={() => onPagePreview?.(target)}
    >
      {icon}
    </IconButton>
  );
  return (
    <Stack
      component="nav"
      aria-label={`Pages of ${pluralize(2, noun)}`}
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ alignItems: 'center', justifyContent: 'flex-end', py: 1, flexWrap: 'wrap' }}
    >
      <FilterMenu
        label="Rows per page"
        options={sizeOptions}
        value={String(pageSize)}
        onChange={(value) => {
          const size = pageSizes.find((candidate) => String(candidate) === value);
          if (size !== undefined) onPageSize(size);
        }}
      />
      <Typography variant="body2" aria-live="polite" sx={{ px: 1 }}>
        {formatNumber(first)}–{formatNumber(last)} of {countOf(total, noun)}
      </Typography>
      {button('First page', 1, page <= 1, <FirstPageIcon />)}
      {button('Previous page', previous, page <= 1, <ChevronLeftIcon />)}
      {/* Keyed by the page: a page change from elsewhere (Next, Back) resets what was typed. */}
      <PageJump key={page} page={page} pages={pages} onPage={onPage} />
      {button('Next page', page + 1, page >= pages, <ChevronRightIcon />)}
      {button('Last page', pages, page >= pages, <LastPageIcon />)}
    </Stack>
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
    <Box component="form" onSubmit={go} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Typography component="label" htmlFor={inputId} variant="body2">
        Page
      </Typography>
      <Box
        component="input"
        id={inputId}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        value={typed}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setTyped(event.target.value)}
        onBlur={() => go()}
        aria-describedby={`${inputId}-of`}
        sx={{
          width: `${Math.max(2, String(pages).length) + 1.5}ch`,
          textAlign: 'center',
          font: 'inherit',
          fontSize: '0.875rem',
          color: 'text.primary',
          bgcolor: 'transparent',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          px: 0.5,
          py: 0.25,
        }}
      />
      <Typography id={`${inputId}-of`} variant="body2">
        of {formatNumber(pages)}
      </Typography>
    </Box>
  );
}
