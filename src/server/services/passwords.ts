import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's value 2; its enum is a `const enum` that cannot be
// imported under isolatedModules). Parameters: OWASP's recommendation of
// 19 MiB memory, 2 iterations, 1 lane — about 60 ms here.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** At least 10 characters with a letter and a digit: simple enough to explain in one line. */
export function isStrongEnough(password: string): boolean {
  return password.length >= 10 && /\p{L}/u.test(password) && /\d/.test(password);
}

// A hash to verify against when the user does not exist, so that a wrong
// username takes as long as a wrong password (no user enumeration by timing).
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('không-có-tài-khoản-này-0');
  return dummyHash;
}
