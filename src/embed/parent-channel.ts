import { type DashboardMessage, type HostMessage, parseHostMessage } from './messages';

interface ParentChannelOptions {
  /** `embed.allowedParentOrigins`: the only origins messages are accepted from and sent to. */
  allowedOrigins: readonly string[];
  /** The framing window, or null when the dashboard is the top window. */
  parent: Pick<Window, 'postMessage'> | null;
  /** The parent's origin as far as the browser tells before any message (ancestorOrigins, referrer). */
  parentOriginHint: string | undefined;
  /** Where `message` events arrive (the dashboard's window). */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  warn: (text: string) => void;
}

export interface ParentChannel {
  /** True inside a frame (whether or not its origin is allowed). */
  readonly framed: boolean;
  /** Posts to the parent, only ever with its allowed origin as target; otherwise drops the message. */
  send(message: DashboardMessage): void;
  /** Host messages from the parent, allowed origin, well-formed. Returns the unsubscribe function. */
  listen(onMessage: (message: HostMessage) => void): () => void;
}

const PREFIX = '[VDK Dashboard embedding]';

/**
 * The one way the dashboard talks to a portal. A message from any other window is ignored silently (the
 * sign-in popup and browser extensions post to this window too); one from the parent at an origin not in
 * the allow-list is ignored and logged once per origin. No message is ever sent with "*" as target.
 */
export function createParentChannel({
  allowedOrigins,
  parent,
  parentOriginHint,
  events,
  warn,
}: ParentChannelOptions): ParentChannel {
  const allowed = new Set(allowedOrigins);
  const warned = new Set<string>();
  const warnOnce = (key: string, text: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    warn(`${PREFIX} ${text}`);
  };
  let target = parentOriginHint && allowed.has(parentOriginHint) ? parentOriginHint : undefined;

  const send = (message: DashboardMessage) => {
    if (!parent) return;
    if (target) {
      parent.postMessage(message, target);
      return;
    }
    if (allowed.size === 0) {
      warnOnce('no-origins', 'framed, but embed.allowedParentOrigins in config.json is empty: no messages are sent.');
    } else if (parentOriginHint) {
      warnOnce(
        `send:${parentOriginHint}`,
        `framed by ${parentOriginHint}, which is not in embed.allowedParentOrigins: no messages are sent to it.`,
      );
    }
    // Origin unknown (no ancestorOrigins, no referrer): the first message from an allowed parent reveals it.
  };

  return {
    framed: parent !== null,
    send,
    listen(onMessage) {
      const onEvent = (event: MessageEvent) => {
        if (!parent || event.source !== parent) return;
        if (!allowed.has(event.origin)) {
          warnOnce(
            `receive:${event.origin}`,
            `ignored messages from ${event.origin}: it is not in embed.allowedParentOrigins (config.json).`,
          );
          return;
        }
        const parsed = parseHostMessage(event.data);
        if (parsed.kind === 'foreign') return;
        target = event.origin;
        if (parsed.kind === 'invalid') {
          warn(`${PREFIX} ignored "${parsed.type}": ${parsed.reason}.`);
          send({ type: 'vdk-dashboard:rejected', version: 1, rejectedType: parsed.type, reason: parsed.reason });
          return;
        }
        onMessage(parsed.message);
      };
      events.addEventListener('message', onEvent);
      return () => events.removeEventListener('message', onEvent);
    },
  };
}

/** The framing page's origin as the browser reports it before any message; undefined if it does not. */
export function parentOriginHint(win: Window): string | undefined {
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The channel for this window: `parent` is null unless the dashboard runs inside a frame. */
export function connectToParent(allowedOrigins: readonly string[], win: Window = window): ParentChannel {
  const framed = win.parent !== win;
  return createParentChannel({
    allowedOrigins,
    parent: framed ? win.parent : null,
    parentOriginHint: framed ? parentOriginHint(win) : undefined,
    events: win,
    warn: (text) => console.warn(text),
  });
}
