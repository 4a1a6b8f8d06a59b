import { EmptyState } from '@/components/feedback/empty-state';
import { Button } from '@/components/ui/button';
import { hasFilters } from '@/components/execution/execution-filters';
import { countOf } from '@/lib/words';
import type { ExecutionsSearch } from '../model/executions-search';

interface ExecutionsEmptyProps {
  search: ExecutionsSearch;
  /** Executions the service has for this filter (all pages, before the type filter). */
  totalItems: number;
  onClearFilters: () => void;
  onFirstPage: () => void;
}

/** Why the table is empty, in words, with the way out. */
export function ExecutionsEmpty({ search, totalItems, onClearFilters, onFirstPage }: ExecutionsEmptyProps) {
  if (totalItems > 0 && (search.page - 1) * search.pageSize >= totalItems) {
    return (
      <EmptyState
        headingLevel="h3"
        title={`No executions on page ${search.page}`}
        description={`There are ${countOf(totalItems, 'execution')}, fewer than this page needs.`}
        action={<Button onClick={onFirstPage}>Go to the first page</Button>}
      />
    );
  }
  if (totalItems > 0 && search.type) {
    return (
      <EmptyState
        headingLevel="h3"
        title={`No ${search.type} executions on this page`}
        description="The Control Service cannot filter by type, so the type filter applies to each page it returns. Try the next page, or a larger page size."
      />
    );
  }
  if (hasFilters(search)) {
    return (
      <EmptyState
        headingLevel="h3"
        title="No executions match these filters"
        action={<Button onClick={onClearFilters}>Clear filters</Button>}
      />
    );
  }
  return (
    <EmptyState
      headingLevel="h3"
      title="No executions yet"
      description="This job has not run yet, or its runs were cleaned up: the Control Service keeps at most 100 finished executions per job, for up to 14 days. Start one with “Execute now”."
    />
  );
}
