import { memo, useDeferredValue } from 'react';
import type { HomeScope } from '../hooks/use-home-scope';
import { useSuccessOverTime } from '../hooks/use-success-over-time';
import type { HomeLinks } from '../model/home-links';
import { SuccessOverTimeCard } from './success-over-time-card';

/**
 * "Success over time" with its data, loaded after the first cards: its time-zone arithmetic (@date-fns/tz) and its
 * many small counts stay off the home's first content (the page mounts it once the first figures are on screen).
 */
export default memo(function SuccessOverTimeSection({ scope, links }: { scope: HomeScope; links: HomeLinks }) {
  // Each of its hundred answers renders this at once, in one task (an answer renders its query's component
  // synchronously): here only the hook, and the chart follows in a render that yields between its bars.
  const state = useDeferredValue(useSuccessOverTime(scope, scope.search.span));
  return <SuccessOverTimeCard state={state} span={scope.search.span} onSpanChange={scope.setSpan} links={links} />;
});
