import { fetchLog, toReply, type LogWorkerReply, type LogWorkerRequest } from './log-reading';

/**
 * Fetches and reads a log (a 100,000-line log is 19 MB of JSON) off the page's thread: receiving, decoding, splitting
 * and indexing it here leaves the page free to paint and answer; it gets the lines in a few batches.
 */
const post = (reply: LogWorkerReply) =>
  self.postMessage(reply, { transfer: reply.type === 'lines' ? [reply.levels.buffer] : [] });

const controller = new AbortController();

self.onmessage = ({ data }: MessageEvent<LogWorkerRequest>) => {
  if (data.type === 'abort') return controller.abort(new DOMException(data.reason, 'AbortError'));
  const request = new Request(data.url, { headers: data.headers, signal: controller.signal });
  fetchLog(request, (event) => post(toReply(event)), controller.signal).then(
    (head) => post({ type: 'head', head }),
    (error: unknown) =>
      post({
        type: 'failed',
        name: error instanceof Error ? error.name : 'TypeError',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
