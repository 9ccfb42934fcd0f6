import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './ports.js';
import { startUntilReady } from './ready-process.js';

const root = join(import.meta.dirname ?? process.cwd(), '../../../..');

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Resolves once the process has written `text` (now or earlier), or fails after `timeout` ms. */
  waitForOutput: (text: string, timeout?: number) => Promise<void>;
  /** SIGTERM and wait: the graceful path (flushes pending work). */
  stop: () => Promise<void>;
  /** SIGKILL: the process dies mid-work, as in a crash. */
  kill: () => Promise<void>;
}

/**
 * Starts the built API (apps/api/dist/main.js, the code path `npm start` runs) as a real
 * process against the test database (or `env.DATABASE_URL`), and resolves once it says
 * it is ready.
 */
export async function startApi(env: Record<string, string> = {}, options: { port?: number } = {}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const databaseUrl = env.DATABASE_URL ?? process.env.THINLINE_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('THINLINE_TEST_DATABASE_URL is not set: run the tests through npm test');
  const { child, output, exited } = await startUntilReady('API', join(root, 'apps/api/dist/main.js'), {
    cwd: root,
    env: { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
    readyText: 'Thinline is ready',
    timeoutMs: 30000,
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    child,
    output,
    waitForOutput: (text, timeout = 10000) =>
      new Promise<void>((resolve, reject) => {
        if (output().includes(text)) return resolve();
        const timer = setTimeout(() => {
          child.stdout?.off('data', check);
          reject(new Error(`the API did not write "${text}" within ${timeout} ms:\n${output().slice(-3000)}`));
        }, timeout);
        const check = () => {
          if (!output().includes(text)) return;
          clearTimeout(timer);
          child.stdout?.off('data', check);
          resolve();
        };
        child.stdout?.on('data', check);
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * One API process for the tests of a describe block: started before them, stopped after.
 * Use what it returns inside the tests (the process exists from the first beforeAll on).
 */
export function apiForSuite(env: Record<string, string> = {}): ApiProcess {
  let started: ApiProcess | undefined;
  beforeAll(async () => {
    started = await startApi(env);
  });
  afterAll(async () => {
    await started?.stop();
  });
  const running = (): ApiProcess => {
    if (!started) throw new Error('the API process starts in beforeAll: use it inside a test or a hook');
    return started;
  };
  return {
    get url() {
      return running().url;
    },
    get port() {
      return running().port;
    },
    get child() {
      return running().child;
    },
    output: () => running().output(),
    waitForOutput: (text, timeout) => running().waitForOutput(text, timeout),
    stop: () => running().stop(),
    kill: () => running().kill(),
  };
}
