/**
 * Runs inside the page before any of its scripts (addInitScript): records largest contentful paint,
 * long tasks, and the first frame after a selector appears — "visible" means painted, so the time is
 * taken in the animation frame after the DOM change.
 */
export function installProbe(): void {
  interface Probe {
    lcp: number;
    longTasks: { start: number; duration: number }[];
    watch(selector: string, changedFrom?: string): Promise<{ at: number; text: string }>;
    frames(durationMs: number): Promise<number[]>;
  }
  const probe: Probe = {
    lcp: 0,
    longTasks: [],
    watch(selector, changedFrom) {
      return new Promise((resolve) => {
        const check = () => {
          const element = document.querySelector(selector);
          const text = element?.textContent ?? '';
          if (!element || (changedFrom !== undefined && text === changedFrom)) return false;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ at: performance.now(), text }));
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        check();
      });
    },
    frames(durationMs) {
      return new Promise((resolve) => {
        const gaps: number[] = [];
        const end = performance.now() + durationMs;
        let last = performance.now();
        const tick = (now: number) => {
          gaps.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(gaps);
        };
        requestAnimationFrame(tick);
      });
    },
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}
