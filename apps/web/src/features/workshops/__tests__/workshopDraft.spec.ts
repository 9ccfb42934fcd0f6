/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { type TLocale, type TWorkshop, ZWorkshopFile } from '@thinline/shared';
import { readCatalogue } from '../../../i18n/catalogue-files';
import { i18n } from '../../../i18n/i18n';
import { draftFromWorkshop, draftProblems, draftToBody, fieldIds, moveItem, sameDraft } from '../lib/workshopDraft';
import { describeFileIssue } from '../lib/workshopFile';

/** The app bundle's real catalogue in `locale`, compiled as the build does, made the shown language. */
function showIn(locale: TLocale): void {
  const source = readCatalogue(join(import.meta.dirname, '../../../i18n/catalogues', locale), 'app');
  i18n.load(locale, Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])));
  i18n.activate(locale);
}

beforeEach(() => showIn('en'));

const R1 = '0190c8a2-0000-7000-8000-000000000001';
const R2 = '0190c8a2-0000-7000-8000-000000000002';
const C1 = '0190c8a2-0000-7000-8000-0000000000c1';
let n = 0;
const makeKey = () => `k${++n}`;

const workshop: TWorkshop = {
  id: 'w1',
  title: 'DE vs MLOps',
  description: '',
  roles: [
    { id: R1, name: 'Data Engineering' },
    { id: R2, name: 'MLOps' },
  ],
  concerns: [{ id: C1, title: 'Ingestion', description: 'Getting data in', category: 'Pipelines' }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('workshop draft', () => {
  it('round-trips a workshop into a PATCH body that keeps ids', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    // the workshop's own roles and concerns, ids and all
    expect(draftToBody(draft)).toEqual({ title: 'DE vs MLOps', description: '', roles: workshop.roles, concerns: workshop.concerns });
    expect(draftToBody(draft).roles.map((r) => r.id)).toEqual([R1, R2]);
    expect(draftProblems(draft)).toEqual([]);
  });

  it('sends no id for a role added in the editor', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.roles.push({ key: makeKey(), name: ' Data Science ', codeOwner: '', catalogGroup: '' });
    expect(draftToBody(draft).roles[2]).toEqual({ name: 'Data Science' });
  });

  it('is not dirty for spaces alone, and dirty after a reorder', () => {
    const base = draftFromWorkshop(workshop, makeKey);
    expect(sameDraft(base, { ...base, title: 'DE vs MLOps  ' })).toBe(true);
    expect(sameDraft(base, { ...base, roles: moveItem(base.roles, 0, 1) })).toBe(false);
  });

  it('moves items and ignores moves off either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('points each problem at the field to fix', () => {
    const draft = draftFromWorkshop(null, makeKey);
    draft.roles[1] = { ...draft.roles[1]!, name: 'Ops' };
    const problems = draftProblems(draft);
    expect(problems).toEqual(
      expect.arrayContaining([
        { fieldId: fieldIds.title, message: 'Give the workshop a title.' },
        { fieldId: fieldIds.roleName(draft.roles[0]!.key), message: 'Role 1 needs a name.' },
        { fieldId: fieldIds.concernField(draft.concerns[0]!.key, 'title'), message: 'Concern 1 needs a title.' },
      ]),
    );
  });

  it('marks a duplicate role name on the second role, case-insensitively', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.roles.push({ key: 'dup', name: 'mlops', codeOwner: '', catalogGroup: '' });
    expect(draftProblems(draft)).toEqual([{ fieldId: fieldIds.roleName('dup'), message: 'Role 3 has the same name as role 2; role names must be different.' }]);
  });

  it('asks for a second role when only one is left', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.roles.pop();
    expect(draftProblems(draft)).toEqual([{ fieldId: fieldIds.roles, message: 'A workshop needs at least 2 roles.' }]);
  });
});

describe('the ownership mapping in the draft', () => {
  it('sends only the filled-in handles, the patterns one per line, and names a bad one on its own box', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.roles[0] = { ...draft.roles[0]!, codeOwner: ' @acme/data-eng ' };
    draft.concerns[0] = { ...draft.concerns[0]!, paths: '/pipelines/**\n\n *.sql ', catalogEntity: '' };
    const body = draftToBody(draft);
    expect(body.roles[0]).toEqual({ id: R1, name: 'Data Engineering', codeOwner: '@acme/data-eng' });
    expect(body.concerns[0]).toMatchObject({ paths: ['/pipelines/**', '*.sql'] });
    expect(body.concerns[0]).not.toHaveProperty('catalogEntity');
    draft.roles[1] = { ...draft.roles[1]!, codeOwner: '@acme mlops' };
    expect(draftProblems(draft)).toEqual([{ fieldId: fieldIds.roleField(draft.roles[1].key, 'codeOwner'), message: 'Role 2: the CODEOWNERS owner must be @user, @org/team or an email address.' }]);
  });

  it('says which pattern rule a concern breaks, and a bad Backstage reference with its format', () => {
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.concerns[0] = { ...draft.concerns[0]!, paths: '!/secret/**', catalogEntity: 'api:default/x' };
    draft.roles[0] = { ...draft.roles[0]!, catalogGroup: 'team:default/de' };
    const messages = draftProblems(draft).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Role 1: the Backstage group must be a group reference group:<namespace>/<name>, e.g. group:default/data-eng.',
        'Concern 1: the CODEOWNERS patterns must be as GitHub reads them: no spaces, no leading “!” or “#”, no “[ ]” and no “\\”.',
        'Concern 1: the Backstage entity must be a reference <kind>:<namespace>/<name> of kind component, resource, system, domain, e.g. component:default/ingest-service.',
      ]),
    );
    expect(messages).toHaveLength(3);
    draft.concerns[0] = { ...draft.concerns[0], paths: Array.from({ length: 21 }, (_, i) => `/p${i}/**`).join('\n'), catalogEntity: '' };
    draft.roles[0] = { ...draft.roles[0], catalogGroup: '' };
    expect(draftProblems(draft)).toEqual([{ fieldId: fieldIds.concernField(draft.concerns[0].key, 'paths'), message: 'Concern 1: at most 20 CODEOWNERS patterns per concern.' }]);
  });
});

describe('the problems in the shown language', () => {
  it('says them in German, with German numbers and quotes, on the same fields', () => {
    showIn('de');
    const draft = draftFromWorkshop(null, makeKey);
    draft.description = 'x'.repeat(1001);
    draft.roles = [
      { ...draft.roles[0]!, name: 'Ops' },
      { ...draft.roles[1]!, name: 'ops' },
    ];
    expect(draftProblems(draft)).toEqual([
      { fieldId: fieldIds.title, message: 'Geben Sie dem Workshop einen Titel.' },
      { fieldId: fieldIds.description, message: 'Die Beschreibung hat höchstens 1.000 Zeichen.' },
      { fieldId: fieldIds.concernField(draft.concerns[0]!.key, 'title'), message: 'Aufgabe 1 braucht einen Titel.' },
      { fieldId: fieldIds.roleName(draft.roles[1]!.key), message: 'Rolle 2 hat denselben Namen wie Rolle 1; Rollennamen müssen sich unterscheiden.' },
    ]);
  });

  it('says them in Japanese, the list-wide ones on the list', () => {
    showIn('ja');
    const draft = draftFromWorkshop(workshop, makeKey);
    draft.roles.pop();
    draft.concerns = [];
    expect(draftProblems(draft)).toEqual([
      { fieldId: fieldIds.roles, message: 'ワークショップにはロールが 2 個以上必要です。' },
      { fieldId: fieldIds.concerns, message: 'ワークショップには項目が 1 件以上必要です。' },
    ]);
  });
});

describe('an imported file that is not a workshop file', () => {
  const issues = (file: unknown) => {
    const parsed = ZWorkshopFile.safeParse(file);
    if (parsed.success) throw new Error('expected the file to be refused');
    return parsed.error.issues.map(describeFileIssue);
  };
  const valid = { format: 'thinline.workshop/v1', title: 'DE vs MLOps', roles: [{ name: 'A' }, { name: 'B' }], concerns: [{ title: 'Ingestion' }] };

  it('is told where and why, in English', () => {
    expect(new Set(issues({ ...valid, roles: [{ name: 'A' }], extra: 1 }))).toEqual(new Set(['roles: needs at least 2', 'unknown field extra']));
    expect(new Set(issues({ ...valid, format: 'v0', title: '' }))).toEqual(new Set(['format: must be "thinline.workshop/v1"', 'title: must not be empty']));
    expect(issues({ ...valid, roles: [{ name: 'A', codeOwner: 'not a handle' }, { name: 'B' }] })).toEqual(['roles #1 codeOwner: is not in the format @org/team, @user or an email address']);
  });

  it('is told in French', () => {
    showIn('fr');
    expect(new Set(issues({ ...valid, title: 'x'.repeat(121), concerns: [] }))).toEqual(new Set(['title : contient au plus 120 caractères', 'concerns : doit en contenir au moins 1']));
  });
});
