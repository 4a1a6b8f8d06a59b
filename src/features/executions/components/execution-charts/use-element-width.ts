import { useCallback, useState } from 'react';

/**
 * An element's width, px, kept up to date as it resizes: a callback ref for the element, and the width (0 until it
 * has been laid out). Read from a ResizeObserver, after the browser's own layout: reading it on mount would force
 * the whole page's first layout inside the task that mounts it.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void | (() => void), number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
