import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended parameters (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most this many hashes run at once per process (each takes 19 MiB and a libuv pool thread; the
 * pool has 4). A flood of sign-ins queues here instead of starving every other request's file and
 * crypto work; past MAX_WAITING the attempt is refused at once (PasswordHashingBusyError).
 */
export const MAX_CONCURRENT_HASHES = 2;
export const MAX_WAITING_HASHES = 64;

export class PasswordHashingBusyError extends Error {
  constructor() {
    super("Too many sign-in attempts are being checked right now. Try again in a minute.");
    this.name = "PasswordHashingBusyError";
  }
}

let active = 0;
const waiting: Array<() => void> = [];

/** Hashes running right now (for tests and metrics). */
export const activeHashes = () => active;

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active >= MAX_CONCURRENT_HASHES) {
    if (waiting.length >= MAX_WAITING_HASHES) throw new PasswordHashingBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    active += 1;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // hand the slot over: `active` stays the same
    else active -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return withHashSlot(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // malformed hash: treat as a failed sign-in, never as a crash
    }
  });
}
