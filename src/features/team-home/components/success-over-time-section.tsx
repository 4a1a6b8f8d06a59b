import type { HomeScope } from '../hooks/use-home-scope';
import { useSuccessOverTime } from '../hooks/use-success-over-time';
import type { HomeLinks } from '../model/home-links';
import { SuccessOverTimeCard } from './success-over-time-card';

/**
 * "Success over time" with its data, loaded after the first cards: its time-zone arithmetic (@date-fns/tz) and
 * its many small counts stay off the home's first content, and ask only once `isEnabled` (after the first figures).
 */
export default function SuccessOverTimeSection(props: { scope: HomeScope; links: HomeLinks; isEnabled: boolean }) {
  const { scope, links, isEnabled } = props;
  const state = useSuccessOverTime(scope, scope.search.span, isEnabled);
  return <SuccessOverTimeCard state={state} span={scope.search.span} onSpanChange={scope.setSpan} links={links} />;
}
