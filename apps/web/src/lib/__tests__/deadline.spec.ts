import { answerByLine, answerByWhen, deadlineText, fromLocalInput, zoneName } from '../deadline';

// Thursday 3 December 2026, 14:00 in Berlin (13:00 UTC)
const CLOSES = '2026-12-03T13:00:00.000Z';
const MONDAY = new Date('2026-11-30T09:00:00+01:00');

describe('a closing time as people read it', () => {
  it('says the weekday and time in the reader\'s zone within the coming week', () => {
    expect(answerByLine(CLOSES, MONDAY, { timeZone: 'Europe/Berlin' })).toBe('Answer by Thursday 14:00, your time');
    expect(answerByLine(CLOSES, MONDAY, { timeZone: 'America/New_York' })).toBe('Answer by Thursday 08:00, your time');
    // the same instant is already Friday in Auckland
    expect(answerByLine(CLOSES, MONDAY, { timeZone: 'Pacific/Auckland' })).toBe('Answer by Friday 02:00, your time');
  });

  it('names the day and time in the phone\'s language for its own sentence', () => {
    expect(answerByWhen(CLOSES, MONDAY, { timeZone: 'Europe/Berlin', locale: 'de' })).toBe('Donnerstag 14:00');
    expect(answerByWhen(CLOSES, new Date('2026-11-20T09:00:00Z'), { timeZone: 'Europe/Berlin', locale: 'fr' })).toBe('jeudi 3 décembre, 14:00');
  });

  it('adds the date when the deadline is a week or more away, or past', () => {
    expect(answerByLine(CLOSES, new Date('2026-11-20T09:00:00Z'), { timeZone: 'Europe/Berlin' })).toBe('Answer by Thursday 3 December, 14:00, your time');
    expect(answerByLine(CLOSES, new Date('2026-12-04T09:00:00Z'), { timeZone: 'Europe/Berlin' })).toBe('Answer by Thursday 3 December, 14:00, your time');
  });

  it('writes the full deadline and names the zone for an invite', () => {
    expect(deadlineText(CLOSES, { timeZone: 'Asia/Tokyo' })).toBe('Thursday 3 December, 22:00');
    expect(zoneName(new Date(CLOSES), 'Europe/Berlin')).toBe('Central European Standard Time');
  });

  it('reads a datetime-local value as an instant, or refuses it', () => {
    expect(fromLocalInput('2026-12-03T14:00')).toBe(new Date(2026, 11, 3, 14, 0).toISOString());
    expect(fromLocalInput('Thursday')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });
});
