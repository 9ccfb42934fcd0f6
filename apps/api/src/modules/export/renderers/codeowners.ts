import { formatRaci } from '@thinline/shared';
import type { ExportBundle } from '../export-bundle.js';
import { exportText } from '../format.js';
import { type DecidedConcern, concernsWithDecisions, oneLine, sessionLine } from './ownership.js';

/**
 * A CODEOWNERS file from the decisions: per decided concern with patterns, one line per
 * pattern naming the accountable role's owner first, then the responsible roles'. What
 * cannot be written (no decision, no patterns, no owner handle) is listed in comments.
 *
 * GitHub (and GitLab) apply the last matching pattern, so broader patterns come first and
 * the more specific ones after them: a path under `/pipelines/validation/` gets the owners
 * of that line even though `/pipelines/` also matches it.
 */

interface Rule {
  pattern: string;
  owners: string[];
  concernIndex: number;
  patternIndex: number;
  comment: string;
}

/**
 * How specific a pattern is: the number of leading path segments without a wildcard, 0 for
 * a pattern that matches at any depth (no slash but a trailing one, e.g. `*.sql`, `build/`).
 */
export function patternDepth(pattern: string): number {
  const body = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  if (!body.includes('/')) return 0;
  let depth = 0;
  for (const segment of body.replace(/^\//, '').split('/')) {
    if (/[*?]/.test(segment)) break;
    depth++;
  }
  return depth;
}

function ownersOf(d: DecidedConcern): string[] {
  const handles = [d.accountable, ...d.responsible].map((r) => r?.codeOwner).filter((h): h is string => Boolean(h));
  return [...new Set(handles)];
}

/** The CODEOWNERS file; its comments are in the session's language, its patterns and owners as GitHub reads them. */
export function renderCodeowners(bundle: ExportBundle): string {
  const tx = exportText(bundle);
  const { t } = tx;
  const rules: Rule[] = [];
  const missing: string[] = [];
  concernsWithDecisions(bundle).forEach(({ concern, decided }, concernIndex) => {
    const title = oneLine(concern.title);
    const paths = concern.paths ?? [];
    const gaps: string[] = [];
    if (!decided) gaps.push(t('export.ownership.noDecision'));
    if (paths.length === 0) gaps.push(t('export.codeowners.noPaths'));
    if (decided && !decided.accountable?.codeOwner) gaps.push(t('export.codeowners.noAccountableOwner', { role: oneLine(decided.accountable?.name ?? '?') }));
    if (!decided || gaps.length > 0) {
      missing.push(`- ${title}: ${gaps.join('; ')}`);
      return;
    }
    const unmapped = decided.responsible.filter((r) => !r.codeOwner).map((r) => oneLine(r.name));
    if (unmapped.length > 0) missing.push(`- ${title}: ${t('export.codeowners.noResponsibleOwner', { roles: unmapped.join(t('export.listSeparator')) })}`);
    const owners = ownersOf(decided);
    const comment = `${title}: ${oneLine(formatRaci(decided.decision.raci, bundle.roles))}`;
    paths.forEach((pattern, patternIndex) => rules.push({ pattern, owners, concernIndex, patternIndex, comment }));
  });
  rules.sort((a, b) => patternDepth(a.pattern) - patternDepth(b.pattern) || a.concernIndex - b.concernIndex || a.patternIndex - b.patternIndex);

  const lines = [
    `# ${t('export.codeowners.title', { session: sessionLine(bundle) })}`,
    `# ${t('export.ownership.generated', { date: tx.date(bundle.generatedAt), session: bundle.session.id })}`,
    `# ${t('export.codeowners.rule')}`,
    `# ${t('export.codeowners.order')}`,
  ];
  for (const rule of rules) lines.push('', `# ${rule.comment}`, `${rule.pattern} ${rule.owners.join(' ')}`);
  lines.push('', `# ${t('export.ownership.missingHeading')}`);
  if (missing.length === 0) lines.push(`# ${t('export.codeowners.nothingMissing')}`);
  for (const m of missing) lines.push(`# ${m}`);
  return `${lines.join('\n')}\n`;
}
