import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { Prisma } from '../../generated/prisma/client.js';
import { isDatabaseDown } from './database-errors.js';

/**
 * The errors node-postgres really raises when PostgreSQL is away, read by the same check the
 * exception filter uses to answer 503 database/unavailable instead of a bare 500.
 */
describe('isDatabaseDown', () => {
  let silent: Server;
  let port = 0;
  const held: Socket[] = [];

  beforeAll(async () => {
    // Accepts the connection and never answers: a database behind a cut network path.
    silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });

  afterAll(async () => {
    held.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  it('knows a pool that cannot connect in time', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'x', connectionTimeoutMillis: 150 });
    const error = await pool.query('SELECT 1').catch((err: unknown) => err);
    await pool.end();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseDown(error)).toBe(true);
  });

  it('knows a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freed = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = new pg.Client({ host: '127.0.0.1', port: freed, user: 'x' });
    const error = await client.connect().catch((err: unknown) => err);
    expect(isDatabaseDown(error)).toBe(true);
  });

  it("knows Prisma's codes for a lost connection and an exhausted pool", () => {
    const lost: [code: string, message: string][] = [['P1017', 'Server has closed the connection.'], ['P2024', 'Timed out fetching a new connection from the connection pool.']];
    for (const [code, message] of lost) {
      expect(isDatabaseDown(new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: Prisma.prismaVersion.client }))).toBe(true);
    }
    expect(isDatabaseDown(new Prisma.PrismaClientKnownRequestError('Unique constraint failed', { code: 'P2002', clientVersion: Prisma.prismaVersion.client }))).toBe(false);
  });

  it('does not take a query error for an outage', () => {
    expect(isDatabaseDown(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
  });
});
