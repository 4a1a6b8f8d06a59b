import { useEffect, useState } from 'react';

/** True once something has been pending for `afterMs`: the card then says it is still waiting. */
export function useIsSlow(isPending: boolean, afterMs = 4_000): boolean {
  const [isSlow, setIsSlow] = useState(false);
  useEffect(() => {
    if (!isPending) return;
    const timer = window.setTimeout(() => setIsSlow(true), afterMs);
    return () => {
      window.clearTimeout(timer);
      setIsSlow(false);
    };
  }, [isPending, afterMs]);
  return isPending && isSlow;
}
