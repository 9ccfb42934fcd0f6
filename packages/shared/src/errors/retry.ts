/**
 * How every client waits before it tries again (a `retry` code, a lost connection, a
 * handshake the server could not serve): exponential backoff with full jitter, the wait
 * drawn uniformly from [0, min(cap, base · 2^(attempt − 1))].
 *
 * Full jitter is what keeps a room from coming back in one burst: 2,000 phones that lost
 * the server at the same moment have the same attempt count, and a plain exponential (or
 * one with a little jitter around it) would send them all again within the same few
 * hundred milliseconds, again and again. Drawn from the whole window, their retries
 * spread evenly over it, so after an outage the load arrives as a ramp, not a wall
 * (measured in bench/README.md, "fault: database away for 30 s").
 */
export const RETRY_POLICY = {
  /** the window of the first retry */
  baseMs: 1000,
  /** the largest window: after a long outage a client comes back within this, on average half of it */
  capMs: 20_000,
} as const;

export interface RetryPolicy {
  baseMs: number;
  capMs: number;
}

/** The wait before retry number `attempt` (1 for the first retry). */
export function retryDelayMs(attempt: number, random: () => number = Math.random, policy: RetryPolicy = RETRY_POLICY): number {
  const exponent = Math.min(Math.max(0, attempt - 1), 30);
  const window = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.floor(random() * window);
}

/** One client's retry state: the attempt count grows with each failure and starts over after a success. */
export class Backoff {
  private attempts = 0;

  constructor(
    private readonly random: () => number = Math.random,
    private readonly policy: RetryPolicy = RETRY_POLICY,
  ) {}

  /** The wait before the next attempt, counting it. */
  next(): number {
    this.attempts += 1;
    return retryDelayMs(this.attempts, this.random, this.policy);
  }

  reset(): void {
    this.attempts = 0;
  }

  /** failures since the last success */
  get failures(): number {
    return this.attempts;
  }
}

/**
 * A stand-in for Math.random that draws the same numbers for the same seed (mulberry32):
 * for tests and simulations that must replay the same jitter.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
