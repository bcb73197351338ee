import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface ApiProcess {
  /** `http://127.0.0.1:PORT`, the origin the server listens on. */
  origin: string;
  port: number;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  /** SIGKILL, like a crash: the server does not get to close its connections. */
  kill: () => Promise<void>;
  /** SIGTERM (SIGKILL after `graceMs`), for clean-up. */
  stop: (graceMs?: number) => Promise<void>;
}

export interface StartApiOptions {
  /** The dataset file the server serves and watches. */
  dataFile: string;
  /** 0 (the default) lets the server pick a free port; it prints the one it got. */
  port?: number;
  /** How long to wait for the "listening on" line. */
  timeoutMs?: number;
}

const LISTENING = /\[api\] listening on http:\/\/127\.0\.0\.1:(\d+)\//;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/**
 * Starts the reference API (`server/main.ts`, as `npm run api` does) on 127.0.0.1 and resolves
 * once it prints the port it listens on. Rejects with its output when it exits or is too slow.
 */
export async function startApi(options: StartApiOptions): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--data',
      options.dataFile,
      '--port',
      String(options.port ?? 0),
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } },
  );
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };

  const timeoutMs = options.timeoutMs ?? 30_000;
  let port: number;
  try {
    port = await new Promise<number>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`The API did not start within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        const match = LISTENING.exec(output);
        if (!match?.[1]) return;
        clearTimeout(timer);
        done(Number(match[1]));
      };
      child.stdout?.on('data', check);
      child.once('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(
          new Error(`The API exited (${signal ?? `code ${code}`}) before listening:\n${output}`),
        );
      });
    });
  } catch (error) {
    await stop(1_000);
    throw error;
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited(child);
    },
    stop,
  };
}

/** A TCP port of 127.0.0.1 that nothing listens on now (the OS picked it; it is closed again). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done, fail) => {
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => done());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
