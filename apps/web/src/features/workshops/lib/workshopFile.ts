import type { z } from 'zod';
import { count, t } from '../../../i18n/i18n';

// Why an imported file is not a workshop file, said from zod's issues in the shown language.

function describePath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join(' ');
}

/** zod's issue in plain words: "roles #1: needs at least 2", "title: must not be empty", in the shown language. */
export function describeFileIssue(issue: z.core.$ZodIssue): string {
  const problem = describeProblem(issue);
  return issue.path.length ? t('app.workshops.import.at', { where: describePath(issue.path), problem }) : problem;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'array') return t('app.workshops.import.atLeastItems', { min: count(min) });
    return min <= 1 ? t('app.workshops.import.notEmpty') : t('app.workshops.import.atLeastChars', { min });
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return issue.origin === 'array' ? t('app.workshops.import.atMostItems', { max: count(max) }) : t('app.workshops.import.atMostChars', { max });
  }
  if (issue.code === 'unrecognized_keys') return t('app.workshops.import.unknownFields', { n: issue.keys.length, keys: issue.keys.join(t('app.listSeparator')) });
  if (issue.code === 'invalid_type') return t('app.workshops.import.wrongType', { expected: issue.expected });
  if (issue.code === 'invalid_value') {
    const expected = issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(t('app.listSeparator'));
    return t('app.workshops.import.wrongValue', { n: issue.values.length, expected });
  }
  if (issue.code === 'custom') {
    const field = issue.path.findLast((p) => typeof p === 'string');
    if (field === 'codeOwner') return t('app.workshops.import.format', { format: t('app.workshops.mapping.codeOwnerHint') });
    if (field === 'catalogGroup') return t('app.workshops.import.format', { format: t('app.workshops.mapping.catalogGroupHint') });
    if (field === 'catalogEntity') return t('app.workshops.import.format', { format: t('app.workshops.mapping.catalogEntityHint') });
    if (field === 'paths') return t('app.workshops.import.pattern');
    if (/NUL/.test(issue.message)) return t('app.workshops.import.nul');
  }
  // anything else (zod's rarer codes) keeps the schema's own sentence, in English
  return issue.message;
}
