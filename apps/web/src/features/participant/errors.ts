/** What a person is told when the server will not let the phone in, and what they can do. */
export interface JoinProblem {
  title: string;
  body: string;
  /** 'retry': trying again may work; 'new-code': the code itself is the problem. */
  action: 'retry' | 'new-code';
}

export function describeJoinProblem(code: string, message: string): JoinProblem {
  const c = code.toLowerCase();
  if (c.includes('closed') || c.includes('ended')) {
    return { title: 'This session has closed', body: 'Answers are no longer taken. Thank you for taking part.', action: 'new-code' };
  }
  if (c.includes('full') || c.includes('max')) {
    return { title: 'This session is full', body: 'It has reached its number of participants. Ask the facilitator.', action: 'new-code' };
  }
  if (c.includes('rate') || c.includes('too-many') || c.includes('limit')) {
    return { title: 'Too many attempts', body: 'Wait a minute, then try again.', action: 'retry' };
  }
  if (c.includes('not-found') || c.includes('unknown') || c.includes('invalid') || c.includes('code') || c.includes('validation')) {
    return { title: "This code doesn't match an open session", body: 'Check the 6 characters on the screen and type them again.', action: 'new-code' };
  }
  return { title: 'Could not join', body: message || 'Something went wrong on the way to the session.', action: 'retry' };
}

/** Read `{ code, message }` from a socket.io connect_error (middleware errors carry it in `data`). */
export function connectErrorDetails(err: unknown): { code: string; message: string } {
  const e = err as { message?: unknown; data?: unknown } | null;
  const data = e?.data as { code?: unknown; message?: unknown } | undefined;
  const rawMessage = typeof e?.message === 'string' ? e.message : '';
  if (data && typeof data.code === 'string') {
    return { code: data.code, message: typeof data.message === 'string' ? data.message : rawMessage };
  }
  // some servers put the code in the message itself: "session/not-found: ..." or JSON
  try {
    const parsed = JSON.parse(rawMessage) as { code?: unknown; message?: unknown };
    if (typeof parsed.code === 'string') return { code: parsed.code, message: typeof parsed.message === 'string' ? parsed.message : '' };
  } catch {
    // not JSON
  }
  const m = /^([a-z-]+\/[a-z-]+)\b[:\s]*(.*)$/i.exec(rawMessage);
  if (m?.[1]) return { code: m[1], message: m[2] ?? '' };
  return { code: 'connect/refused', message: rawMessage };
}

/** The line shown under a concern whose answer the server refused. */
export function describeAnswerProblem(code: string, message: string): string {
  if (code === 'answer/locked') return 'This question is locked — the facilitator closed it.';
  if (code.includes('closed')) return 'The session has closed; this answer was not recorded.';
  return message || `The answer was not saved (${code}).`;
}
