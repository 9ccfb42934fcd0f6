// What the room answered, and the numbers a person should then read on the screens: the
// aggregates of product.md computed by hand from the answers the phones gave, so a test
// states its expectation without asking the server.

export const ROLES = {
  de: 'Data Engineering',
  mlops: 'MLOps / ML Engineering',
  ds: 'Data Science',
  platform: 'Platform / Operations',
} as const;
export type RoleKey = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as RoleKey[];

/** One phone's answer to one concern: the owning roles, or one of the two exclusive choices. */
export type Answer = readonly RoleKey[] | 'nobody' | 'unknown';

export interface Expected {
  /** |N(c)|: respondents who did not say "don't know" */
  answered: number;
  unknown: number;
  shares: Record<RoleKey, number>;
  nobody: number;
  owners: RoleKey[];
  /** with the honesty flags of product.md: 'too few' below k answers, 'contested' for an unsettled clear */
  status: 'gap' | 'overlap' | 'clear' | 'contested' | 'too few' | 'no data';
  /** mean pairwise Jaccard similarity; null under two respondents */
  agreement: number | null;
}

const THRESHOLD = 0.5;

function jaccard(a: Answer, b: Answer): number {
  const sa = new Set<string>(a === 'nobody' ? ['nobody'] : a);
  const sb = new Set<string>(b === 'nobody' ? ['nobody'] : b);
  const union = new Set([...sa, ...sb]).size;
  const common = [...sa].filter((x) => sb.has(x)).length;
  return union === 0 ? 1 : common / union;
}

/** The aggregate of one concern from the answers given to it (product.md, "Aggregates"); `k` is the smallest group shown. */
export function expected(answers: readonly Answer[], k = 3): Expected {
  const n = answers.filter((a) => a !== 'unknown');
  const shares = Object.fromEntries(
    ROLE_KEYS.map((r) => [r, n.length === 0 ? 0 : n.filter((a) => a !== 'nobody' && a.includes(r)).length / n.length]),
  ) as Record<RoleKey, number>;
  const nobody = n.length === 0 ? 0 : n.filter((a) => a === 'nobody').length / n.length;
  const owners = ROLE_KEYS.filter((r) => shares[r] >= THRESHOLD);
  let status: Expected['status'] = 'clear';
  if (n.length === 0) status = 'no data';
  else if (owners.length === 0 || nobody >= THRESHOLD) status = 'gap';
  else if (owners.length >= 2) status = 'overlap';
  let agreement: number | null = null;
  if (n.length >= 2) {
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < n.length; i++) {
      for (let j = i + 1; j < n.length; j++) {
        sum += jaccard(n[i]!, n[j]!);
        pairs++;
      }
    }
    agreement = sum / pairs;
  }
  // too few answers (below k); contested: the top share within 10 points of θ, or agreement below 50%
  const top = Math.max(...ROLE_KEYS.map((r) => shares[r]));
  if (n.length > 0 && n.length < k) status = 'too few';
  else if (status === 'clear' && (Math.abs(top - THRESHOLD) < 0.1 || (agreement !== null && agreement < 0.5))) status = 'contested';
  return { answered: n.length, unknown: answers.length - n.length, shares, nobody, owners, status, agreement };
}

/** A share as every screen prints it: whole percent. */
export const pct = (v: number): string => `${Math.round(v * 100)}%`;

/** Convergence in the words of the presenter's rounds view. */
export function describeChange(change: number): string {
  const points = Math.round(change * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
}
