import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PAGE_SIZES, type PageSize } from '../model/jobs-search';
import { FilterMenu } from './filter-menu';
import { countOf, formatNumber } from '@/lib/words';

interface JobsPaginationProps {
  /** 1-based. */
  page: number;
  size: PageSize;
  total: number;
  onPage: (page: number) => void;
  /** The pointer or focus is on Previous/Next: that page will probably be asked for next. */
  onPagePreview?: (page: number) => void;
  onSize: (size: PageSize) => void;
}

const SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

/** "26–50 of 312 jobs", previous/next, and the page size. The service pages; this only asks. */
export function JobsPagination({ page, size, total, onPage, onPagePreview, onSize }: JobsPaginationProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * size + 1);
  const last = Math.min(total, page * size);
  const previous = Math.min(page - 1, pages);
  const preview = (target: number) => ({
    onPointerEnter: () => onPagePreview?.(target),
    onFocus: () => onPagePreview?.(target),
  });
  return (
    <Stack
      component="nav"
      aria-label="Pages of jobs"
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', justifyContent: 'flex-end', py: 1, flexWrap: 'wrap' }}
    >
      <FilterMenu
        label="Rows per page"
        options={SIZE_OPTIONS}
        value={String(size)}
        onChange={(value) => onSize(Number(value) as PageSize)}
      />
      <Typography variant="body2" aria-live="polite" sx={{ px: 1 }}>
        {formatNumber(first)}–{formatNumber(last)} of {countOf(total, 'job')}
      </Typography>
      <IconButton
        aria-label="Previous page"
        disabled={page <= 1}
        onClick={() => onPage(previous)}
        {...preview(previous)}
      >
        <ChevronLeftIcon />
      </IconButton>
      <Typography variant="body2">
        Page {page} of {pages}
      </Typography>
      <IconButton
        aria-label="Next page"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
        {...preview(page + 1)}
      >
        <ChevronRightIcon />
      </IconButton>
    </Stack>
  );
}
