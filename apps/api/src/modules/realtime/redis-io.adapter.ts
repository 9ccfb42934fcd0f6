import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import type { Config } from '../../config/config.js';
import { RealtimeStatus } from './realtime-status.js';

/**
 * socket.io server for every gateway. With REDIS_URL, rooms span API processes through
 * the Redis Streams adapter, which also keeps connection-state recovery working across
 * processes. Without it, this process serves its own clients alone.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly log = new Logger(RedisIoAdapter.name);
  private redis?: ReturnType<typeof createClient>;


  constructor(
    private readonly app: INestApplicationContext,
    private readonly config: Config,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    const status = this.app.get(RealtimeStatus);
    this.redis = createClient({
      url: this.config.REDIS_URL,
      socket: { reconnectStrategy: (retries: number) => Math.min(retries * 200, 2000) },
    });
    this.redis.on('ready', () => {
      status.setRedis('up');
      this.log.log('Redis connected: live rooms are shared with the other API processes');
    });
    this.redis.on('error', (err: Error) => {
      if (status.redisState() === 'up') this.log.warn(`Redis unavailable (${err.message}): serving this process's clients only`);
      status.setRedis('down');
    });
    this.redis.on('end', () => status.setRedis('down'));
    try {
      await this.redis.connect();
    } catch (err) {
      this.log.warn(`Redis not reachable at start (${(err as Error).message}); retrying in the background`);
    }
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      transports: ['websocket', 'polling'],
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
      // A phone on conference Wi-Fi: notice a dead link within ~45 s, not minutes.
      pingInterval: 20000,
      pingTimeout: 25000,
      maxHttpBufferSize: 64 * 1024,
    });
    if (this.redis) server.adapter(createAdapter(handledFireAndForget(this.redis), { heartbeatInterval: 2000, heartbeatTimeout: 6000 }));
    return server;
  }

  async disconnect(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/**
 * The Redis Streams adapter (0.3.x) sends PUBLISH and SET without awaiting them; while
 * Redis is down those promises reject unhandled, and Node ends the process. Marking them
 * handled here keeps every process serving its own clients through an outage; callers
 * that await the same promises still see the error.
 */
function handledFireAndForget<T extends ReturnType<typeof createClient>>(client: T): T {
  for (const method of ['publish', 'sPublish', 'set'] as const) {
    const original = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client);
    (client as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const pending = original(...args);
      pending.catch(() => undefined);
      return pending;
    };
  }
  return client;
}
