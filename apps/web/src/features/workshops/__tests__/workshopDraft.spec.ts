/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import type { TWorkshop } from '@thinline/shared';
import { draftFromWorkshop, draftProblems, draftToBody, fieldIds, moveItem, sameDraft } from '../lib/workshopDraft';

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
    expect(draftProblems(draft)).toEqual([{ fieldId: fieldIds.roleField(draft.roles[1].key, 'codeOwner'), message: 'Role 2: the CODEOWNERS owner must be a CODEOWNERS owner: @user, @org/team or an email address.' }]);
  });
});
