import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './ports.js';

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
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 30 s:\n${out}`)), 30000);
    const check = () => {
      if (out.includes('Thinline is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code} before it was ready:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    child,
    output: () => out,
    waitForOutput: (text, timeout = 10000) =>
      new Promise<void>((resolve, reject) => {
        if (out.includes(text)) return resolve();
        const timer = setTimeout(() => {
          child.stdout?.off('data', check);
          reject(new Error(`the API did not write "${text}" within ${timeout} ms:\n${out.slice(-3000)}`));
        }, timeout);
        const check = () => {
          if (!out.includes(text)) return;
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
