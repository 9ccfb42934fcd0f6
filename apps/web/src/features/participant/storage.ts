import type { TPublicSession, TSavedAnswer } from '@thinline/shared';
import { contracts } from './contracts';
import { outboxStorageKey } from './outbox';

/**
 * localStorage that never throws: private browsing, a full quota or disabled storage
 * must not stop someone from answering (they only lose resume-after-reload).
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  /** Returns whether the value is stored (false: only this page's memory holds it). */
  set(key: string, value: string | null): boolean {
    try {
      if (!globalThis.localStorage) return false;
      if (value === null) globalThis.localStorage.removeItem(key);
      else globalThis.localStorage.setItem(key, value);
      return true;
    } catch {
      // nothing to do: the in-memory state still holds it for this page's life
      return false;
    }
  },
};

/** Who this phone is in one session: kept so that a reload resumes the same participant. */
export interface StoredIdentity {
  /** '' when the token came from a resume link: whoever it names is who this device is */
  participantId: string;
  resumeToken: string;
  /** true once the person picked their own role (the join form is not shown again). */
  profileDone: boolean;
}

export function identityStorageKey(joinCode: string): string {
  return `thinline:participant:${joinCode.toUpperCase()}`;
}

export function parseIdentity(raw: string | null): StoredIdentity | null {
  const v = readJson(raw) as Partial<StoredIdentity> | null;
  if (typeof v?.resumeToken !== 'string' || v.resumeToken.length < 20 || typeof v.participantId !== 'string') return null;
  return { participantId: v.participantId, resumeToken: v.resumeToken, profileDone: v.profileDone === true };
}

const identitySlot = storedPerCode(identityStorageKey, parseIdentity);
export const loadIdentity = identitySlot.load;
export const saveIdentity = identitySlot.save;

/**
 * What the phone last knew of its session (the concerns, their state, who it is and which
 * answers the server acknowledged), so that a reload while the server is unreachable still
 * shows the questions and the answers waiting, instead of a blank "Joining…".
 */
export interface StoredView {
  session: TPublicSession;
  me: { participantId: string; ownRole: string; name: string | null };
  saved: TSavedAnswer[];
}

export function viewStorageKey(joinCode: string): string {
  return `thinline:view:${joinCode.toUpperCase()}`;
}

export function parseView(raw: string | null): StoredView | null {
  const value = readJson(raw);
  // nothing stored: the schemas are not needed (nor loaded, on a first visit: contracts.ts)
  if (value === null) return null;
  const parsed = contracts().ZStoredView.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const viewSlot = storedPerCode(viewStorageKey, parseView);
export const loadView = viewSlot.load;
export const saveView = viewSlot.save;

/** Whether this phone stored anything for the session: then its first render reads it back. */
export function hasStoredSession(joinCode: string): boolean {
  return [identityStorageKey(joinCode), viewStorageKey(joinCode), outboxStorageKey(joinCode)].some((key) => safeStorage.get(key) !== null);
}

/** The JSON value of a stored string; null for nothing stored or what is not JSON. */
function readJson(raw: string | null): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * One value per join code in local storage, read back through `parse` (which refuses what
 * it cannot trust, so a stale or hand-edited entry reads as nothing stored).
 */
function storedPerCode<T>(key: (joinCode: string) => string, parse: (raw: string | null) => T | null) {
  return {
    load: (joinCode: string): T | null => parse(safeStorage.get(key(joinCode))),
    save: (joinCode: string, value: T | null): void => {
      safeStorage.set(key(joinCode), value === null ? null : JSON.stringify(value));
    },
  };
}

/** The address that continues as this participant on another device (the token in the fragment, never sent to a server). */
export function resumeLink(origin: string, joinCode: string, resumeToken: string): string {
  return `${origin}/j/${encodeURIComponent(joinCode)}#resume=${encodeURIComponent(resumeToken)}`;
}

/** The resume token a personal resume link carries in its fragment, or null. */
export function resumeTokenFromHash(hash: string): string | null {
  const match = /^#resume=([A-Za-z0-9_-]{20,200})$/.exec(hash);
  return match?.[1] ?? null;
}

/**
 * A personal resume link opened on this device: from now on this device is that
 * participant (their role is chosen, their answers come back on joining). The token
 * leaves the address bar at once, so it is not bookmarked or shared by accident.
 */
export function adoptResumeLink(joinCode: string): void {
  const token = resumeTokenFromHash(globalThis.location?.hash ?? '');
  if (!token) return;
  if (loadIdentity(joinCode)?.resumeToken !== token) saveIdentity(joinCode, { participantId: '', resumeToken: token, profileDone: true });
  globalThis.history?.replaceState(null, '', globalThis.location.pathname + globalThis.location.search);
}
