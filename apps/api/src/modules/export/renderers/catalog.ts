import { type TCatalogEntityKind, type TRole, RACI_LETTERS, formatRaci, parseCatalogRef } from '@thinline/shared';
import { Document, Scalar, YAMLMap } from 'yaml';
import type { ExportBundle } from '../export-bundle.js';
import { exportText, isoDate } from '../format.js';
import { type DecidedConcern, concernsWithDecisions, oneLine, sessionLine } from './ownership.js';

/**
 * catalog-info.yaml: one Backstage entity per decided concern with a `catalogEntity`, its
 * `spec.owner` the accountable role's `catalogGroup`, the whole RACI and the session under
 * `metadata.annotations` (prefix ANNOTATION_PREFIX). Written with the `yaml` library; the
 * tests validate every document with @backstage/catalog-model.
 */

export const ANNOTATION_PREFIX = 'thinline.dev';

const KIND_NAMES: Record<TCatalogEntityKind, string> = { component: 'Component', resource: 'Resource', system: 'System', domain: 'Domain' };

/** The spec fields a kind requires besides `owner`, with the values written when Thinline cannot know them. */
const REQUIRED_SPEC: Record<TCatalogEntityKind, Record<string, string>> = {
  component: { type: 'service', lifecycle: 'production' },
  resource: { type: 'other' },
  system: {},
  domain: {},
};

const LETTER_KEYS = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed' } as const;

/** The roles with a letter, by their group reference where they have one. */
function rolesWith(d: DecidedConcern, roles: readonly TRole[], letter: (typeof RACI_LETTERS)[number]): string {
  return roles
    .filter((r) => d.decision.raci[r.id] === letter)
    .map((r) => r.catalogGroup ?? oneLine(r.name))
    .join(', ');
}

function entityDocument(bundle: ExportBundle, d: DecidedConcern, ref: { kind: TCatalogEntityKind; namespace: string; name: string }, owner: string): Document {
  const annotations: Record<string, string> = {
    [`${ANNOTATION_PREFIX}/concern`]: oneLine(d.concern.title),
    [`${ANNOTATION_PREFIX}/raci`]: oneLine(formatRaci(d.decision.raci, bundle.roles)),
  };
  for (const letter of RACI_LETTERS) {
    const names = rolesWith(d, bundle.roles, letter);
    if (names) annotations[`${ANNOTATION_PREFIX}/${LETTER_KEYS[letter]}`] = names;
  }
  annotations[`${ANNOTATION_PREFIX}/decided-at`] = d.decision.decidedAt;
  annotations[`${ANNOTATION_PREFIX}/session`] = bundle.session.id;
  annotations[`${ANNOTATION_PREFIX}/session-title`] = oneLine(bundle.session.title);
  annotations[`${ANNOTATION_PREFIX}/session-date`] = isoDate(bundle.session.closedAt ?? bundle.session.createdAt);
  if (d.decision.rationale) annotations[`${ANNOTATION_PREFIX}/rationale`] = oneLine(d.decision.rationale);
  if (d.decision.dissent) annotations[`${ANNOTATION_PREFIX}/dissent`] = oneLine(d.decision.dissent);
  const placeholders = REQUIRED_SPEC[ref.kind];
  const doc = new Document({
    apiVersion: 'backstage.io/v1alpha1',
    kind: KIND_NAMES[ref.kind],
    metadata: { name: ref.name, namespace: ref.namespace, annotations },
    spec: { ...placeholders, owner },
  });
  const spec = doc.get('spec') as YAMLMap;
  const placeholder = exportText(bundle).t('export.catalog.placeholder');
  for (const key of Object.keys(placeholders)) (spec.get(key, true) as Scalar).comment = ` ${placeholder}`;
  return doc;
}

/** catalog-info.yaml; its comments are in the session's language, every field and value as Backstage requires. */
export function renderCatalog(bundle: ExportBundle): string {
  const tx = exportText(bundle);
  const { t } = tx;
  const documents: Document[] = [];
  const missing: string[] = [];
  for (const { concern, decided } of concernsWithDecisions(bundle)) {
    const ref = concern.catalogEntity ? parseCatalogRef(concern.catalogEntity, 'component') : null;
    const gaps: string[] = [];
    if (!decided) gaps.push(t('export.ownership.noDecision'));
    if (!ref) gaps.push(t('export.catalog.noEntity'));
    const owner = decided?.accountable?.catalogGroup;
    if (decided && !owner) gaps.push(t('export.catalog.noGroup', { role: oneLine(decided.accountable?.name ?? '?') }));
    if (!decided || !ref || !owner || gaps.length > 0) {
      missing.push(`- ${oneLine(concern.title)}: ${gaps.join('; ')}`);
      continue;
    }
    documents.push(entityDocument(bundle, decided, ref as { kind: TCatalogEntityKind; namespace: string; name: string }, owner));
  }
  const header = [
    t('export.catalog.title', { session: sessionLine(bundle) }),
    t('export.ownership.generated', { date: tx.date(bundle.generatedAt), session: bundle.session.id }),
    t('export.catalog.rule', { prefix: ANNOTATION_PREFIX }),
    '',
    t('export.ownership.missingHeading'),
    ...(missing.length ? missing : [t('export.catalog.nothingMissing')]),
  ];
  if (documents.length === 0) return `${[...header, '', t('export.catalog.noEntities')].map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
  documents[0]!.commentBefore = header.map((l) => (l ? ` ${l}` : '')).join('\n');
  return documents.map((doc) => doc.toString({ lineWidth: 0, directives: true })).join('');
}
