import { randomUUID } from 'node:crypto';
import type { TSession } from '@thinline/shared';
import { io } from 'socket.io-client';
import { baseUrl } from './browser.js';

/** One phone per entry answers "owners" with the named roles, or "nobody". */
export async function answer(session: TSession, people: Record<string, string[] | 'nobody'>[]): Promise<void> {
  const roleId = (name: string) => session.roles.find((r) => r.name === name)!.id;
  const concernId = (title: string) => session.concerns.find((c) => c.title === title)!.id;
  for (const person of people) {
    const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
    await socket.timeout(10000).emitWithAck('participant:join', {});
    for (const [title, owners] of Object.entries(person)) {
      const choice = owners === 'nobody' ? { choice: 'nobody' } : { choice: 'owners', owners: owners.map(roleId) };
      const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concernId(title), ...choice })) as { ok: boolean };
      if (!ack.ok) throw new Error(`answer refused: ${JSON.stringify(ack)}`);
    }
    socket.disconnect();
  }
}
