import { alignLogs } from '../model/align-logs';
import type { AlignInput } from '../model/log-alignment';

/** Aligning two 100,000-line logs takes longer than a frame: done here, off the page's thread. */
self.onmessage = (event: MessageEvent<AlignInput>) => {
  self.postMessage(alignLogs(event.data));
};
