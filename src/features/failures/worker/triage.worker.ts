import type { FromWorker, ToWorker } from './triage-protocol';
import { serveTriage } from './triage-receiver';

/** The failures page's runs are read, kept and triaged here: 10,000 runs are parsed off the page's thread. */
const receive = serveTriage((reply: FromWorker) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<ToWorker>) => receive(event.data);
