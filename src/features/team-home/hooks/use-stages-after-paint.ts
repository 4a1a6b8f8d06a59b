import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `stages` are open: none until the frame that painted `isReady` has passed, then one more a task, each
 * rendered in a transition (which yields to the browser as it goes). The home's first figures arrive in a render whose
 * effects would otherwise mount the other cards and start their requests in the same task, before that frame.
 */
export function useStagesAfterPaint(isReady: boolean, stages: number): number {
  const [open, setOpen] = useState(0);
  useEffect(() => {
    if (!isReady || open >= stages) return;
    let timer = 0;
    const openNext = () => {
      timer = window.setTimeout(() => startTransition(() => setOpen((count) => count + 1)));
    };
    const frame = open === 0 ? requestAnimationFrame(openNext) : 0;
    if (open > 0) openNext();
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [isReady, open, stages]);
  return isReady ? open : 0;
}
