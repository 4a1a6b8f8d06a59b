import { useParams } from 'react-router';
import { PageNotBuilt } from '@/components/page/page-not-built';

/** Placeholder: the page owner replaces this file. */
export function JobPage() {
  const params = useParams();
  return <PageNotBuilt title="Job" params={params} />;
}
