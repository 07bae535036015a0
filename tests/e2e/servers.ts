/**
 * The three servers the browser tests start (playwright.config.ts): the app, the app built with imported
 * official boundaries, and the app built from hostile data. Each run takes free ports, chosen once in the
 * config's process and handed to the workers in the environment (they load the config again, and inherit
 * it); a port given in the environment is used as it is, and Playwright stops with "… is already used" if
 * something listens there: a run never tests a server it did not start.
 */
import { createServer } from 'node:net';

export const host = '127.0.0.1';

export const portVariables = {
  app: 'HUIZE_E2E_APP_PORT',
  official: 'HUIZE_E2E_OFFICIAL_PORT',
  xss: 'HUIZE_E2E_XSS_PORT',
} as const;

export type TestServer = keyof typeof portVariables;

/** A port nothing listens on now (the system's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Sets each server's port variable that is not set yet to a free port; returns them all. */
export async function choosePorts(): Promise<Record<TestServer, number>> {
  const ports = {} as Record<TestServer, number>;
  for (const [server, variable] of Object.entries(portVariables) as [TestServer, string][]) {
    const given = process.env[variable];
    if (given && !/^\d+$/.test(given)) throw new Error(`${variable}=${given} is not a port number`);
    process.env[variable] = given ?? String(await freePort());
    ports[server] = Number(process.env[variable]);
  }
  return ports;
}

/** The URL of a server this run started, for specs that visit another build than baseURL's. */
export function serverUrl(server: TestServer): string {
  const port = process.env[portVariables[server]];
  if (!port)
    throw new Error(
      `${portVariables[server]} is not set: run the browser tests through playwright.config.ts (npx playwright test)`,
    );
  return `http://${host}:${port}`;
}
