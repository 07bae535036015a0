/** `vite preview` for the app and the floor, on their own ports, stopped with their whole process tree. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { appPort, appUrl, floorConfig, floorPort, floorUrl, host, root, appDist } from './config';

const servers: ChildProcess[] = [];

function startServer(extra: string[], port: number): ChildProcess {
  // Own process group, so the whole `npx → node vite` tree goes when we stop it by that group's id.
  const child = spawn(
    'npx',
    ['vite', 'preview', ...extra, '--host', host, '--port', String(port), '--strictPort'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.on('exit', (code) => {
    if (code) console.error(`vite preview on port ${port} exited ${code}:\n${output}`);
  });
  servers.push(child);
  return child;
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (is the port in use?)`);
    try {
      const response = await fetch(url);
      // Answered, and by our server: had it failed to bind, it would have exited.
      if (response.ok && child.exitCode === null) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within 30 s`);
}

/**
 * Refuses a port something already listens on: the bench measures only servers it starts (vite's
 * --strictPort would exit, but a foreign server could answer first and be measured instead).
 */
function assertFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `port ${port} on ${host} is ${e.code === 'EADDRINUSE' ? 'in use' : `not available (${e.code})`}: the bench serves the app on ${appPort} and the floor on ${floorPort} itself (bench/lib/config.ts); stop whatever listens there`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Serves the app on appUrl and the floor on floorUrl, and waits until both answer. */
export async function startServers(): Promise<void> {
  await assertFree(appPort);
  await assertFree(floorPort);
  console.log(`· serving the app on ${appUrl} and the floor on ${floorUrl}…`);
  const appServer = startServer(['--outDir', appDist], appPort);
  const floorServer = startServer(['--config', floorConfig], floorPort);
  await Promise.all([waitForServer(appUrl, appServer), waitForServer(floorUrl, floorServer)]);
}

/** Serves a built folder (relative to the root) on a port of its own, and waits until `page` answers. */
export async function serve(dir: string, port: number, page = ''): Promise<void> {
  await assertFree(port);
  const url = `http://${host}:${port}/${page}`;
  console.log(`· serving ${dir} on ${url}…`);
  await waitForServer(url, startServer(['--outDir', dir], port));
}

export function stopServers(): void {
  for (const child of servers) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
  servers.length = 0;
}

/** Ctrl-C or a kill stops the servers too. */
export function stopServersOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopServers();
      process.exit(130);
    });
  }
}
