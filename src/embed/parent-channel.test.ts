import { describe, expect, it, vi } from 'vitest';
import { createParentChannel } from './parent-channel';

const PORTAL = 'https://portal.example.com';

function setup({ hint = PORTAL, allowed = [PORTAL] }: { hint?: string | null; allowed?: string[] } = {}) {
  const parent = { postMessage: vi.fn() };
  const events = new EventTarget();
  const warn = vi.fn();
  const channel = createParentChannel({
    allowedOrigins: allowed,
    parent,
    parentOriginHint: hint ?? undefined,
    events,
    warn,
  });
  const received = vi.fn();
  channel.listen(received);
  const post = (data: unknown, origin = PORTAL, source: unknown = parent) =>
    events.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  return { parent, warn, channel, received, post };
}

describe('createParentChannel', () => {
  it('sends only to the allowed parent origin, never to "*"', () => {
    const { parent, channel } = setup();
    channel.send({ type: 'vdk-dashboard:resize', version: 1, height: 300 });
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'vdk-dashboard:resize', version: 1, height: 300 }, PORTAL);
  });

  it('sends nothing to a parent whose origin is not allowed, and says so once', () => {
    const { parent, channel, warn } = setup({ hint: 'https://evil.example' });
    channel.send({ type: 'vdk-dashboard:resize', version: 1, height: 1 });
    channel.send({ type: 'vdk-dashboard:resize', version: 1, height: 2 });
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('https://evil.example');
  });

  it('ignores messages from a non-allowed origin, logging once per origin', () => {
    const { received, warn, post } = setup();
    post({ type: 'vdk-host:navigate', version: 1, path: '/x' }, 'https://evil.example');
    post({ type: 'vdk-host:navigate', version: 1, path: '/y' }, 'https://evil.example');
    expect(received).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/ignored messages from https:\/\/evil\.example/);
  });

  it('ignores other windows silently (the sign-in popup posts to this window too)', () => {
    const { received, warn, post } = setup();
    post({ type: 'vdk-host:hello', version: 1 }, PORTAL, {});
    expect(received).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('delivers valid host messages and answers malformed ones with a reason', () => {
    const { received, parent, post } = setup();
    post({ type: 'vdk-host:set-theme', version: 1, theme: 'dark' });
    expect(received).toHaveBeenCalledWith({ type: 'vdk-host:set-theme', version: 1, theme: 'dark' });
    post({ type: 'vdk-host:set-theme', version: 1, theme: 'pink' });
    expect(received).toHaveBeenCalledTimes(1);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'vdk-dashboard:rejected', rejectedType: 'vdk-host:set-theme' }),
      PORTAL,
    );
  });

  it('learns the parent origin from its first allowed message when the browser did not tell', () => {
    const { parent, channel, post } = setup({ hint: null });
    channel.send({ type: 'vdk-dashboard:resize', version: 1, height: 1 });
    expect(parent.postMessage).not.toHaveBeenCalled();
    post({ type: 'vdk-host:hello', version: 1 });
    channel.send({ type: 'vdk-dashboard:resize', version: 1, height: 2 });
    expect(parent.postMessage).toHaveBeenCalledWith(expect.objectContaining({ height: 2 }), PORTAL);
  });
});
