import { useMemo } from 'react';
import { useTableColumns } from '@/components/table/use-table-columns';
import { columnsFor } from '../components/jobs-columns';

/** The columns of the list and which are shown; the choice is remembered per page kind. */
export function useJobColumns(allTeams: boolean) {
  const columns = useMemo(() => columnsFor(allTeams), [allTeams]);
  return { columns, ...useTableColumns(allTeams ? 'all-jobs' : 'jobs', columns) };
}
