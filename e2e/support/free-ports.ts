import { createServer, type Server } from 'node:net';

/**
 * Ports nothing listens on now, all different: the OS picks each (port 0) while the others are still held. Every
 * Playwright worker starts its own servers on them, so workers and other people's runs on the machine never meet.
 */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((listening, failed) => {
        server.once('error', failed);
        server.listen(0, () => listening());
      });
    }
    return servers.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
  }
}

/** The error a start gives when something took its port between `freePorts` and the bind. */
const PORT_TAKEN = /EADDRINUSE|Address already in use|is in use/i;

/**
 * Starts servers on fresh free ports, one per name; when one of them lost its port to another process in the
 * meantime (the start failed saying so), tries again with new ones.
 */
export async function startOnFreePorts<Name extends string, T>(
  names: readonly Name[],
  start: (ports: Record<Name, number>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const ports = await freePorts(names.length);
      return await start(Object.fromEntries(names.map((name, index) => [name, ports[index]])) as Record<Name, number>);
    } catch (error) {
      if (attempt === 3 || !PORT_TAKEN.test(String(error))) throw error;
    }
  }
}
