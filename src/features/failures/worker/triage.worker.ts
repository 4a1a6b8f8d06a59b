import type { TriageRequest } from './triage-protocol';
import { createTriageReceiver } from './triage-receiver';

/** Triage off the main thread, over runs kept here: 10,000 failures cross once, not on every log read. */
const receive = createTriageReceiver();

self.onmessage = (event: MessageEvent<TriageRequest>) => {
  const reply = receive(event.data);
  if (reply) self.postMessage(reply);
};
