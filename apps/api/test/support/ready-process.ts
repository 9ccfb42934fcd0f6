import { type ChildProcess, spawn } from 'node:child_process';

export interface ReadyProcess {
  child: ChildProcess;
  /** everything it wrote so far, stdout and stderr */
  output: () => string;
  /** resolves when it has exited */
  exited: Promise<void>;
}

/**
 * Starts a Node script of ours as a real process and resolves once it writes `readyText`;
 * fails with what it wrote if it exits first or is not ready within `timeoutMs`. The one
 * way the tests start the API and the identity provider.
 */
export async function startUntilReady(name: string, script: string, options: { cwd?: string; env: Record<string, string>; readyText: string; timeoutMs: number }): Promise<ReadyProcess> {
  const child = spawn(process.execPath, [script], { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${options.timeoutMs / 1000} s:\n${out}`)), options.timeoutMs);
    const check = () => {
      if (!out.includes(options.readyText)) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready:\n${out}`));
    });
  });
  return { child, output: () => out, exited };
}
