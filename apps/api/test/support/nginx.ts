import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

const root = join(import.meta.dirname ?? process.cwd(), '../../../..');

export interface NginxProcess {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Debian's nginx running the shipped deploy/nginx.conf in front of API processes on this
 * machine: the same file docker-compose mounts, with its upstream servers pointed at the
 * given ports and its listen address at a free loopback port. Fails with a clear message
 * when nginx is not installed (apt-get install -y nginx).
 */
export async function startNginx(apiPorts: number[]): Promise<NginxProcess> {
  if (spawnSync('nginx', ['-v']).status !== 0) throw new Error('nginx is not installed; the proxy tests need it (apt-get install -y nginx).');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'thinline-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const shipped = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
  const upstreams = apiPorts.map((p) => `  server 127.0.0.1:${p};`).join('\n');
  const site = shipped
    .replace(/^(\s*server\s+api-\d+:3000;\s*\n)+/m, `${upstreams}\n`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  if (!site.includes(`127.0.0.1:${apiPorts[0]}`) || !site.includes(`listen 127.0.0.1:${port};`)) {
    throw new Error('deploy/nginx.conf no longer has the "server api-N:3000;" upstream lines and "listen 80;" this test rewrites');
  }
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`),
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 10000;
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with ${child.exitCode}:\n${out}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${out}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
