import {
  type Entity,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KubernetesValidatorFunctions,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { isCodeOwnersPattern, normalizeCatalogEntity, normalizeCatalogGroup } from '@thinline/shared';
import Codeowners from 'codeowners';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { FIXTURE_CONCERNS, FIXTURE_ROLES, makeFixtureBundle } from './__tests__/fixtures.js';
import { renderExport } from './export-format.js';
import { ANNOTATION_PREFIX } from './renderers/catalog.js';
import { patternDepth } from './renderers/codeowners.js';
import { translator } from '../../i18n/translator.js';

/** Owners of each path as GitHub resolves them, by the `codeowners` package reading the file from a repository's .github/. */
function resolver(file: string): (path: string) => string[] {
  const repo = mkdtempSync(join(tmpdir(), 'thinline-codeowners-'));
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github', 'CODEOWNERS'), file);
  const owners = new Codeowners(repo);
  rmSync(repo, { recursive: true, force: true });
  return (path) => owners.getOwner(path);
}

describe('export.codeowners', () => {
  it('gives each sample path the decided owners: accountable first, then the responsible roles', async () => {
    const out = await renderExport('codeowners', makeFixtureBundle());
    expect(out.fileName).toBe('CODEOWNERS');
    expect(out.contentType).toBe('text/plain; charset=utf-8');
    const ownersOf = resolver(out.body.toString('utf8'));
    // Ingestion: A Data Engineering (I Platform, not an owner)
    expect(ownersOf('pipelines/jobs/load_orders.py')).toEqual(['@payments/data-eng']);
    expect(ownersOf('warehouse/views/orders.sql')).toEqual(['@payments/data-eng']);
    // Cleaning: A Data Engineering, R Data Science; more specific than /pipelines/, so it wins there
    expect(ownersOf('pipelines/validation/orders.py')).toEqual(['@payments/data-eng', 'data-science@payments.example']);
    expect(ownersOf('schemas/orders/v2/order.yaml')).toEqual(['@payments/data-eng', 'data-science@payments.example']);
    // Monitoring: A MLOps, R Data Science; deeper still under /pipelines/validation/
    expect(ownersOf('monitoring/dashboards/drift.json')).toEqual(['@payments/mlops', 'data-science@payments.example']);
    expect(ownersOf('pipelines/validation/drift/psi.py')).toEqual(['@payments/mlops', 'data-science@payments.example']);
    // undecided concerns get no line
    expect(ownersOf('training/train.py')).toEqual([]);
    expect(ownersOf('deploy/serve.yaml')).toEqual([]);
  });

  it('says where it comes from and lists what is missing as comments', async () => {
    const text = (await renderExport('codeowners', makeFixtureBundle())).body.toString('utf8');
    expect(text.split('\n')[0]).toBe('# CODEOWNERS from Thinline: the ownership decided in "DE vs MLOps — Payments team" (Data Engineering vs MLOps), session of Nov 20, 2026.');
    expect(text).toContain('# - Model training pipelines: no decision yet\n');
    expect(text).toContain('# - Audit records | compliance: no decision yet; no CODEOWNERS patterns\n');
    // every line is a comment, blank, or a valid pattern followed by valid owners
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      const [pattern, ...owners] = line.split(' ');
      expect(isCodeOwnersPattern(pattern!)).toBe(true);
      expect(owners.length).toBeGreaterThan(0);
    }
  });

  it('comments out a decided concern whose accountable role has no owner handle, and notes a responsible one without', async () => {
    const bundle = makeFixtureBundle();
    const [de, ml, , po] = FIXTURE_ROLES.map((r) => r.id) as [string, string, string, string];
    const [ingestion, , cleaning] = FIXTURE_CONCERNS.map((c) => c.id);
    bundle.decisions = bundle.decisions.map((d) => (d.concernId === ingestion ? { ...d, raci: { [po]: 'A' } } : d.concernId === cleaning ? { ...d, raci: { [de]: 'A', [po]: 'R', [ml]: 'C' } } : d));
    const text = (await renderExport('codeowners', bundle)).body.toString('utf8');
    expect(text).toContain('# - Ingestion and ETL pipelines: the accountable role (Platform / Operations) has no CODEOWNERS owner\n');
    expect(text).toContain('# - Data cleaning and validation: responsible without a CODEOWNERS owner: Platform / Operations (written without them)\n');
    expect(resolver(text)('pipelines/jobs/load.py')).toEqual([]);
    expect(resolver(text)('pipelines/validation/x.py')).toEqual(['@payments/data-eng']);
  });

  it.each(['de', 'ja'] as const)('writes its comments in the session language (%s), and GitHub still reads the same owners', async (locale) => {
    const english = (await renderExport('codeowners', makeFixtureBundle())).body.toString('utf8');
    const text = (await renderExport('codeowners', makeFixtureBundle({ locale }))).body.toString('utf8');
    const { t } = translator(locale);
    const comments = text.split('\n').filter((l) => l.startsWith('#'));
    const session = t('export.ownership.sessionLine', { title: 'DE vs MLOps — Payments team', workshop: 'Data Engineering vs MLOps', date: translator(locale).date(new Date('2026-11-20T10:30:00.000Z')) });
    expect(comments.slice(0, 4)).toEqual([
      `# ${t('export.codeowners.title', { session })}`,
      `# ${t('export.ownership.generated', { date: translator(locale).date(new Date('2026-11-23T12:00:00.000Z')), session: makeFixtureBundle().session.id })}`,
      `# ${t('export.codeowners.rule')}`,
      `# ${t('export.codeowners.order')}`,
    ]);
    expect(comments).toContain(`# ${t('export.ownership.missingHeading')}`);
    expect(comments).toContain(`# - Model training pipelines: ${t('export.ownership.noDecision')}`);
    expect(comments).toContain(`# - Audit records | compliance: ${t('export.ownership.noDecision')}; ${t('export.codeowners.noPaths')}`);
    // no English sentence is left in a comment (role and concern names are data and stay as typed)
    for (const english of ['CODEOWNERS from Thinline', 'Generated ', 'Each line', 'Broader patterns', 'Not written', 'no decision yet', 'session of']) {
      expect(comments.filter((c) => c.includes(english))).toEqual([]);
    }
    // the patterns and owners are the English file's, line for line, and resolve the same
    const rules = (file: string) => file.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules(text)).toEqual(rules(english));
    const ownersOf = resolver(text);
    expect(ownersOf('pipelines/validation/drift/psi.py')).toEqual(['@payments/mlops', 'data-science@payments.example']);
    expect(ownersOf('pipelines/validation/orders.py')).toEqual(['@payments/data-eng', 'data-science@payments.example']);
    expect(ownersOf('training/train.py')).toEqual([]);
  });

  it('says in German what it left out for a role without an owner handle', async () => {
    const bundle = makeFixtureBundle({ locale: 'de' });
    const [de, ml, , po] = FIXTURE_ROLES.map((r) => r.id) as [string, string, string, string];
    const [ingestion, , cleaning] = FIXTURE_CONCERNS.map((c) => c.id);
    bundle.decisions = bundle.decisions.map((d) => (d.concernId === ingestion ? { ...d, raci: { [po]: 'A' } } : d.concernId === cleaning ? { ...d, raci: { [de]: 'A', [po]: 'R', [ml]: 'C' } } : d));
    const text = (await renderExport('codeowners', bundle)).body.toString('utf8');
    expect(text).toContain('# - Ingestion and ETL pipelines: die Rolle mit dem A (Platform / Operations) hat keinen CODEOWNERS-Owner\n');
    expect(text).toContain('# - Data cleaning and validation: Rollen mit R ohne CODEOWNERS-Owner: Platform / Operations (ohne sie geschrieben)\n');
    expect(text.split('\n')[0]).toBe('# CODEOWNERS aus Thinline: die Zuständigkeiten, entschieden in „DE vs MLOps — Payments team“ (Data Engineering vs MLOps), Sitzung vom 20.11.2026.');
  });

  it('orders by how deep a pattern pins its path', () => {
    expect(['*.sql', 'build/', '/pipelines/', 'docs/*.md', '/a/b/**', '/a/b/c/'].map(patternDepth)).toEqual([0, 0, 1, 1, 2, 3]);
  });
});

const POLICY = EntityPolicies.allOf([new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy(), new SchemaValidEntityPolicy()]);
const KIND_VALIDATORS = [componentEntityV1alpha1Validator, resourceEntityV1alpha1Validator, systemEntityV1alpha1Validator, domainEntityV1alpha1Validator];

/** Backstage's own checks, as its catalogue applies them to an entity it reads. */
async function validateWithBackstage(entity: Entity): Promise<void> {
  const checked = await POLICY.enforce(entity);
  if (!checked) throw new Error('the policies dropped the entity');
  const results = await Promise.all(KIND_VALIDATORS.map((v) => v.check(checked)));
  if (!results.includes(true)) throw new Error(`no kind validator accepted ${entity.kind}`);
}

describe('export.catalog', () => {
  it('writes one entity per decided concern with an entity reference, each valid by @backstage/catalog-model', async () => {
    const out = await renderExport('catalog', makeFixtureBundle());
    expect(out.fileName).toBe('catalog-info.yaml');
    expect(out.contentType).toBe('application/yaml; charset=utf-8');
    const docs = parseAllDocuments(out.body.toString('utf8'));
    if (!Array.isArray(docs)) throw new Error('not a YAML stream');
    expect(docs.map((d) => d.errors)).toEqual([[], [], []]);
    const entities = docs.map((d) => d.toJS() as Entity);
    for (const entity of entities) await validateWithBackstage(entity);
    expect(entities.map((e) => [e.kind, e.metadata.name, e.spec?.owner])).toEqual([
      ['Component', 'ingest-service', 'group:default/data-eng'],
      ['Resource', 'validation-rules', 'group:default/data-eng'],
      ['System', 'model-monitoring', 'group:default/mlops'],
    ]);
    expect(entities[1]!.metadata.annotations).toMatchObject({
      [`${ANNOTATION_PREFIX}/concern`]: 'Data cleaning and validation',
      [`${ANNOTATION_PREFIX}/raci`]: 'A Data Engineering · R Data Science · C MLOps / ML Engineering',
      [`${ANNOTATION_PREFIX}/accountable`]: 'group:default/data-eng',
      [`${ANNOTATION_PREFIX}/responsible`]: 'group:default/data-science',
      [`${ANNOTATION_PREFIX}/consulted`]: 'group:default/mlops',
      [`${ANNOTATION_PREFIX}/session`]: makeFixtureBundle().session.id,
      [`${ANNOTATION_PREFIX}/dissent`]: 'Data Science would rather own the checks | not just the rules.',
    });
    const text = out.body.toString('utf8');
    expect(text).toContain('# - Model training pipelines: no decision yet\n');
    expect(text).toContain('# - Model deployment: no decision yet; no Backstage entity\n');
  });

  it.each(['de', 'ja'] as const)('writes its comments in the session language (%s); the entities are the English file\'s and still valid', async (locale) => {
    const { t } = translator(locale);
    const english = parseAllDocuments((await renderExport('catalog', makeFixtureBundle())).body.toString('utf8'));
    const text = (await renderExport('catalog', makeFixtureBundle({ locale }))).body.toString('utf8');
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || !Array.isArray(english)) throw new Error('not a YAML stream');
    expect(docs.map((d) => d.errors)).toEqual([[], [], []]);
    const entities = docs.map((d) => d.toJS() as Entity);
    for (const entity of entities) await validateWithBackstage(entity);
    // field names and values are Backstage's, the same in every language
    expect(entities).toEqual(english.map((d) => d.toJS() as Entity));
    const comments = text.split('\n').filter((l) => l.trimStart().startsWith('#') || l.includes(' # '));
    expect(comments[0]).toBe(`# ${t('export.catalog.title', { session: t('export.ownership.sessionLine', { title: 'DE vs MLOps — Payments team', workshop: 'Data Engineering vs MLOps', date: translator(locale).date(new Date('2026-11-20T10:30:00.000Z')) }) })}`);
    expect(text).toContain(`# ${t('export.catalog.rule', { prefix: ANNOTATION_PREFIX })}\n`);
    expect(text).toContain(`# - Model deployment: ${t('export.ownership.noDecision')}; ${t('export.catalog.noEntity')}\n`);
    expect(text).toContain(`type: service # ${t('export.catalog.placeholder')}\n`);
    for (const english of ['from Thinline: the ownership', 'Generated ', 'Not written', 'no decision yet', 'does not know this']) {
      expect(comments.filter((c) => c.includes(english))).toEqual([]);
    }
  });

  it('is a file of comments alone when nothing can be written, and still valid YAML', async () => {
    const text = (await renderExport('catalog', makeFixtureBundle({ undecided: true }))).body.toString('utf8');
    expect(text.split('\n').every((l) => l === '' || l.startsWith('#'))).toBe(true);
    expect(parseAllDocuments(text)).toHaveLength(0);
  });
});

describe('the mapping formats are the tools\' own', () => {
  // the same samples through Thinline's rules and @backstage/catalog-model's
  const REFS = ['component:default/ingest-service', 'Component:default/x', 'group:team-a/data_eng.v2', 'component:Default/x', 'component:default/-x', 'component:default/x.', 'component:default/a/b', 'resource:default/' + 'n'.repeat(64), 'x:default/ok', '9kind:default/x', 'component:default/ok'];
  it.each(REFS)('%s', (ref) => {
    const backstage = (() => {
      try {
        const parsed = parseEntityRef(ref);
        return KubernetesValidatorFunctions.isValidKind(parsed.kind) && KubernetesValidatorFunctions.isValidNamespace(parsed.namespace) && KubernetesValidatorFunctions.isValidObjectName(parsed.name);
      } catch {
        return false;
      }
    })();
    const kind = ref.split(':')[0]!.toLowerCase();
    const ours = (kind === 'group' ? normalizeCatalogGroup(ref) : normalizeCatalogEntity(ref)) !== null;
    const ownable = ['component', 'resource', 'system', 'domain', 'group'].includes(kind);
    expect(ours).toBe(backstage && ownable);
  });
});
