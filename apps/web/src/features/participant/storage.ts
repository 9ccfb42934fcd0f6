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
  set(key: string, value: string | null): void {
    try {
      if (value === null) globalThis.localStorage?.removeItem(key);
      else globalThis.localStorage?.setItem(key, value);
    } catch {
      // nothing to do: the in-memory state still holds it for this page's life
    }
  },
};

/** Who this phone is in one session: kept so that a reload resumes the same participant. */
export interface StoredIdentity {
  participantId: string;
  resumeToken: string;
  /** true once the person picked their own role (the join form is not shown again). */
  profileDone: boolean;
}

export function identityStorageKey(joinCode: string): string {
  return `thinline:participant:${joinCode.toUpperCase()}`;
}

export function parseIdentity(raw: string | null): StoredIdentity | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredIdentity> | null;
    if (typeof v?.resumeToken !== 'string' || v.resumeToken.length < 20 || typeof v.participantId !== 'string') return null;
    return { participantId: v.participantId, resumeToken: v.resumeToken, profileDone: v.profileDone === true };
  } catch {
    return null;
  }
}

export function loadIdentity(joinCode: string): StoredIdentity | null {
  return parseIdentity(safeStorage.get(identityStorageKey(joinCode)));
}

export function saveIdentity(joinCode: string, identity: StoredIdentity | null): void {
  safeStorage.set(identityStorageKey(joinCode), identity === null ? null : JSON.stringify(identity));
}
