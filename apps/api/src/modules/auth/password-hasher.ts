import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The package's Algorithm is a const enum, which isolatedModules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash so a sign-in with an unknown email takes as long as
 * one with a wrong password: the timing does not tell which emails have accounts.
 */
export async function burnVerify(password: string): Promise<false> {
  dummy ??= hashPassword('thinline-timing-equaliser');
  await verifyPassword(await dummy, password);
  return false;
}
