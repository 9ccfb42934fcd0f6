/** `promise`, or a failure that names `what` once `ms` have passed. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks `probe` again every `interval` ms until it says yes, for a condition that sends no
 * event (an HTTP health answer); fails naming `what` after `timeout` ms.
 */
export async function eventually(probe: () => Promise<boolean> | boolean, what: string, { timeout = 10000, interval = 50 } = {}): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
