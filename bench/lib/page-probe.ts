/**
 * Runs inside the page before any of its scripts (addInitScript): records largest contentful paint,
 * long tasks and the long animation frames that say what ran in them, when the user pressed keys and released the pointer, and the first frame after a selector appears —
 * "visible" means painted, so the time is taken in the animation frame after the DOM change.
 */
export function installProbe(): void {
  interface Probe {
    lcp: number;
    longTasks: { start: number; duration: number }[];
    longFrames: {
      start: number;
      duration: number;
      renderStart: number;
      scripts: { start: number; duration: number; what: string }[];
    }[];
    /** `timeStamp` of every keydown and pointerup: when the user acted, before the page handled it. */
    inputs: { type: string; at: number }[];
    watch(selector: string, changedFrom?: string): Promise<{ at: number; text: string }>;
    watchText(selector: string, pattern: string, flags: string): Promise<{ at: number; text: string }>;
    frames(durationMs: number): Promise<number[]>;
    startFrames(): void;
    stopFrames(): number[];
  }
  let recording: { gaps: number[]; on: boolean } = { gaps: [], on: false };
  const until = (found: () => string | undefined) =>
    new Promise<{ at: number; text: string }>((resolve) => {
      const check = () => {
        const text = found();
        if (text === undefined) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve({ at: performance.now(), text }));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    });
  const probe: Probe = {
    lcp: 0,
    longTasks: [],
    longFrames: [],
    inputs: [],
    watch: (selector, changedFrom) =>
      until(() => {
        const element = document.querySelector(selector);
        const text = element?.textContent ?? '';
        return !element || (changedFrom !== undefined && text === changedFrom) ? undefined : text;
      }),
    watchText: (selector, pattern, flags) =>
      until(() => {
        const text = document.querySelector(selector)?.textContent ?? '';
        return new RegExp(pattern, flags).test(text) ? text : undefined;
      }),
    startFrames() {
      const current = { gaps: [] as number[], on: true };
      recording = current;
      let last = performance.now();
      const tick = (now: number) => {
        if (!current.on) return;
        current.gaps.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      recording.on = false;
      return recording.gaps;
    },
    frames(durationMs) {
      probe.startFrames();
      return new Promise((resolve) => setTimeout(() => resolve(probe.stopFrames()), durationMs));
    },
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  for (const type of ['keydown', 'pointerup'])
    addEventListener(type, (event) => probe.inputs.push({ type, at: event.timeStamp }), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // What ran in each long task: long animation frames name their scripts (Chromium 123+; others report none).
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  interface ScriptTiming extends PerformanceEntry {
    invokerType: string;
    invoker: string;
    sourceURL: string;
    sourceFunctionName: string;
  }
  interface FrameTiming extends PerformanceEntry {
    renderStart: number;
    scripts: ScriptTiming[];
  }
  const fileOf = (url: string) => url.replace(/[?#].*$/, '').replace(/^.*\//, '');
  const describe = (script: ScriptTiming) => {
    const invoker = /^https?:/.test(script.invoker) ? fileOf(script.invoker) : script.invoker;
    const source = [script.sourceFunctionName, fileOf(script.sourceURL)].filter(Boolean).join(' in ');
    return `${script.invokerType} ${invoker}${source && !invoker.endsWith(source) ? ` (${source})` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as FrameTiming[]) {
      probe.longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        renderStart: entry.renderStart,
        scripts: entry.scripts.map((script) => ({
          start: script.startTime,
          duration: script.duration,
          what: describe(script),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}
