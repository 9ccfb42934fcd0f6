import { PHONE_PAGE_DATA_ID, type TErrorCode, type TPhonePageData, type TPublicSession, errorAction, readErrorBody } from '@thinline/shared';

/** What the server sent with this page for `joinCode` (TPhonePageData), read once. */
export type PhonePageStart = { kind: 'session'; session: TPublicSession } | { kind: 'refused'; refusal: { code: TErrorCode; message: string } } | null;

/**
 * The phone page for /j/CODE carries the session's public data (or a wrong code's refusal)
 * in a JSON element, so the join screen shows before the socket has connected (issue 23).
 * Without it (another code, the dev server, an old page) the socket decides, as before.
 * Only a light check here: the page's schemas are not loaded yet, and the join result
 * replaces all of it moments later.
 */
export function readPhonePageData(joinCode: string, doc: Pick<Document, 'getElementById'> = document): PhonePageStart {
  const text = doc.getElementById(PHONE_PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  let data: Partial<TPhonePageData & { session: unknown; refusal: unknown }>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return null;
  }
  if (data.joinCode !== joinCode) return null;
  if (isPublicSession(data.session)) return { kind: 'session', session: data.session };
  if (data.refusal !== undefined) {
    const refusal = readErrorBody(data.refusal, 0);
    // only a refusal that trying again would not change; anything else is the socket's to decide
    if (errorAction(refusal.code) === 'refuse') return { kind: 'refused', refusal };
  }
  return null;
}

function isPublicSession(s: unknown): s is TPublicSession {
  const v = s as Partial<TPublicSession> | null;
  return typeof v?.id === 'string' && Array.isArray(v.roles) && Array.isArray(v.concerns) && typeof v.state === 'object' && v.state !== null && typeof v.settings === 'object';
}
