import type { TFollowUp } from '@thinline/shared';
import { dueDate, lastTime, localToday } from '../lib/dates';

const f = (id: string, sessionId: string | null, dueOn: string | null): TFollowUp => ({ id, title: id, concernId: null, ownerRoleId: null, assignee: null, dueOn, status: 'open', sessionId, createdAt: '2026-11-01T00:00:00.000Z' });

describe('last time\'s follow-ups', () => {
  it('lists the open follow-ups other sessions left, overdue first (due before today)', () => {
    const list = [f('mine', 'now', '2026-01-01'), f('later', 'before', '2026-12-31'), f('late', 'before', '2026-11-30'), f('today', null, '2026-12-02')];
    expect(lastTime(list, 'now', '2026-12-02').map((x) => [x.followUp.id, x.overdue])).toEqual([
      ['late', true],
      ['later', false],
      ['today', false],
    ]);
  });

  it('reads today in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('writes a due date as the shown language does, on the day it names', () => {
    expect(dueDate('2026-12-16', 'en')).toBe('Dec 16, 2026');
    expect(dueDate('2026-12-16', 'de')).toBe('16.12.2026');
    expect(dueDate('2026-12-16', 'ja')).toBe('2026/12/16');
    expect(dueDate('2026-12-16', 'fr')).toMatch(/^16 déc\.? 2026$/);
    expect(dueDate('2026-12-16', 'pt-BR')).toMatch(/^16 de dez\.? de 2026$/);
    // a calendar day, not an instant: the first of January stays the first wherever the reader is
    expect(dueDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(dueDate('2026-01-01', 'de')).toBe('01.01.2026');
  });
});
