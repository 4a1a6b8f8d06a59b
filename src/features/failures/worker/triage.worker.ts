import { triageFailures, type TriageInput } from '../model/triage';

/** Triage off the main thread: 10,000 failures never hold up a click or a scroll. */
self.onmessage = (event: MessageEvent<TriageInput>) => {
  self.postMessage(triageFailures(event.data));
};
