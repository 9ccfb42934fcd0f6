import { type Server, type Socket, createConnection, createServer } from 'node:net';
import { freePort } from './ports.js';

/** A round-robin TCP load balancer over local API processes; skips backends that refuse. */
export class Balancer {
  private server?: Server;
  private next = 0;
  private readonly down = new Set<number>();
  port = 0;

  constructor(private readonly backends: number[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = createServer((client) => this.route(client, 0));
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  markDown(port: number): void {
    this.down.add(port);
  }

  private route(client: Socket, attempt: number): void {
    const alive = this.backends.filter((p) => !this.down.has(p));
    if (alive.length === 0 || attempt >= this.backends.length) {
      client.destroy();
      return;
    }
    const target = alive[this.next++ % alive.length]!;
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      client.pipe(upstream).pipe(client);
    });
    upstream.on('error', () => {
      if (!connected) {
        this.down.add(target);
        this.route(client, attempt + 1);
      }
    });
    upstream.on('close', () => connected && client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
