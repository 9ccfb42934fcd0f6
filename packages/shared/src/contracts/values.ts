// The contracts' plain values, in a module of their own without zod: the phone's first load
// (apps/web phone.html) needs these and none of the schemas (zod is a quarter of its script),
// and a bundler can leave zod out only when no module it loads builds a schema. The schema
// modules (answer.ts, workshop.ts, ids.ts) build on these and export them too.

/** socket.io namespace for everything live. */
export const LIVE_NAMESPACE = '/live';

/** The id of the phone page's JSON element (TPhonePageData) that the server fills in for /j/CODE. */
export const PHONE_PAGE_DATA_ID = 'thinline-phone';

export const LIMITS = {
  roles: { min: 2, max: 20 },
  concerns: { min: 1, max: 100 },
  titleLength: 120,
  nameLength: 60,
  descriptionLength: 280,
  categoryLength: 60,
  commentLength: 280,
  participantNameLength: 40,
} as const;

export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type TRaciLetter = (typeof RACI_LETTERS)[number];
export const ANSWER_CHOICES = ['owners', 'nobody', 'unknown'] as const;
export type TAnswerChoice = (typeof ANSWER_CHOICES)[number];

/** A participant's own role may be outside the session's roles. */
export const OTHER_ROLE = 'other';
export const UNDISCLOSED_ROLE = 'undisclosed';

/** Join codes avoid look-alikes: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Upper-cases what a person typed and drops spaces and dashes ("ab3-k7q" → "AB3K7Q"). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** The join code in what a person typed, or null when it cannot be one (ZJoinCode's rule). */
export function readJoinCode(input: string): string | null {
  const code = normalizeJoinCode(input);
  return JOIN_CODE_PATTERN.test(code) ? code : null;
}
