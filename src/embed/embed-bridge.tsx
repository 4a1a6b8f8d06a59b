import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { type EmbedTheme, type HostMessage, parseDashboardPath } from './messages';
import { connectToParent } from './parent-channel';

interface EmbedBridgeProps {
  /** `embed.allowedParentOrigins` from config.json. */
  allowedOrigins: readonly string[];
  /** `embed.fixedTeam`: the portal cannot navigate to another team's pages. */
  fixedTeam: string | undefined;
  onSetTheme: (theme: EmbedTheme) => void;
}

/** The height the frame needs to show everything without a scrollbar inside it. */
const contentHeight = () => Math.ceil(document.body.getBoundingClientRect().height);

/** Calls `onChange` with the content height whenever it changes (at most once per frame). */
function observeContentHeight(onChange: (height: number) => void): () => void {
  let last = -1;
  let scheduled = 0;
  const measure = () => {
    scheduled = 0;
    const height = contentHeight();
    if (height !== last) onChange((last = height));
  };
  const observer = new ResizeObserver(() => {
    if (!scheduled) scheduled = requestAnimationFrame(measure);
  });
  observer.observe(document.body);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(scheduled);
  };
}

/**
 * The dashboard's side of the portal contract (src/embed/messages.ts): reports readiness, content height and
 * route to an allowed parent, and follows its navigate and set-theme requests. Renders nothing; inert
 * outside a frame. Lives inside the router, because it reads and changes the route.
 */
export function EmbedBridge({ allowedOrigins, fixedTeam, onSetTheme }: EmbedBridgeProps) {
  const [channel] = useState(() => connectToParent(allowedOrigins));
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const path = `${pathname}${search}`;
  const reportedPath = useRef<string | undefined>(undefined);
  const latest = useRef({ path, navigate, onSetTheme, fixedTeam });

  useEffect(() => {
    latest.current = { path, navigate, onSetTheme, fixedTeam };
  });

  useEffect(() => {
    if (!channel.framed) return;
    const sendReady = () => {
      reportedPath.current = latest.current.path;
      channel.send({ type: 'vdk-dashboard:ready', version: 1, path: latest.current.path, height: contentHeight() });
    };
    const handle = (message: HostMessage) => {
      switch (message.type) {
        case 'vdk-host:hello':
          return sendReady();
        case 'vdk-host:set-theme':
          return latest.current.onSetTheme(message.theme);
        case 'vdk-host:navigate': {
          const target = parseDashboardPath(message.path, latest.current.fixedTeam);
          if (!target.ok) {
            console.warn(`[VDK Dashboard embedding] ignored "vdk-host:navigate": ${target.reason}.`);
            channel.send({
              type: 'vdk-dashboard:rejected',
              version: 1,
              rejectedType: message.type,
              reason: target.reason,
            });
            return;
          }
          return void latest.current.navigate(target.path, { replace: message.replace ?? false });
        }
      }
    };
    const stopListening = channel.listen(handle);
    sendReady();
    const stopObserving = observeContentHeight((height) =>
      channel.send({ type: 'vdk-dashboard:resize', version: 1, height }),
    );
    return () => {
      stopListening();
      stopObserving();
    };
  }, [channel]);

  useEffect(() => {
    if (!channel.framed || reportedPath.current === undefined || reportedPath.current === path) return;
    reportedPath.current = path;
    channel.send({ type: 'vdk-dashboard:route', version: 1, path });
  }, [channel, path]);

  return null;
}
