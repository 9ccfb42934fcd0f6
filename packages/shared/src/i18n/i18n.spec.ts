import { formatDecimal, formatInteger, formatList, formatLocalDate, formatLocalDateTime, formatLocalLongDate, formatLocalMonth, formatSharePercent, pluralCategory } from './intl.js';
import { LOCALES, type TLocale, matchLocale, negotiateLocale } from './locales.js';

const AT = '2026-11-20T14:05:00Z';

// What each locale prints, pinned: a reader of that language would write it this way.
const EXPECTED: Record<TLocale, [percent: string, integer: string, decimal: string, date: string, dateTime: string, list: string]> = {
  en: ['63%', '12,500', '0.5', 'Nov 20, 2026', 'Nov 20, 2026, 2:05\u202fPM', 'A, B, and C'],
  de: ['63\u00a0%', '12.500', '0,5', '20.11.2026', '20.11.2026, 14:05', 'A, B und C'],
  fr: ['63\u00a0%', '12\u202f500', '0,5', '20 nov. 2026', '20 nov. 2026, 14:05', 'A, B et C'],
  es: ['63\u00a0%', '12.500', '0,5', '20 nov 2026', '20 nov 2026, 14:05', 'A, B y C'],
  'pt-BR': ['63%', '12.500', '0,5', '20 de nov. de 2026', '20 de nov. de 2026, 14:05', 'A, B e C'],
  ja: ['63%', '12,500', '0.5', '2026/11/20', '2026/11/20 14:05', 'A、B、C'],
};

describe.each(LOCALES)('formatting in %s', (locale) => {
  const [percent, integer, decimal, date, dateTime, list] = EXPECTED[locale];

  it('prints shares as whole percent, clamped, rounding 0.625 up', () => {
    expect(formatSharePercent(locale, 0.63)).toBe(percent);
    expect(formatSharePercent(locale, 0.625)).toBe(percent);
    expect(formatSharePercent(locale, 1.2)).toBe(percent.replace('63', '100'));
    expect(formatSharePercent(locale, Number.NaN)).toBe(percent.replace('63', '0'));
  });

  it('prints numbers with the locale grouping and decimal separator', () => {
    expect(formatInteger(locale, 12500)).toBe(integer);
    expect(formatDecimal(locale, 0.5)).toBe(decimal);
  });

  it('prints dates and date-times, and nothing for a missing date', () => {
    expect(formatLocalDate(locale, AT, 'UTC')).toBe(date);
    // en-US puts a narrow no-break space before PM; compare the visible text
    expect(formatLocalDateTime(locale, AT, 'UTC')?.replace(/\u202f/g, ' ')).toBe(dateTime.replace(/\u202f/g, ' '));
    expect(formatLocalDate(locale, null)).toBeNull();
    expect(formatLocalDate(locale, 'not a date')).toBeNull();
  });

  it('joins lists the way the language does', () => {
    expect(formatList(locale, ['A', 'B', 'C'])).toBe(list);
  });
});

describe('months and written-out days', () => {
  it('say them as each language does, for the history\'s "in March 2026" and "on 12 March 2026"', () => {
    expect(LOCALES.map((l) => formatLocalMonth(l, AT, 'UTC'))).toEqual(['November 2026', 'November 2026', 'novembre 2026', 'noviembre de 2026', 'novembro de 2026', '2026年11月']);
    expect(LOCALES.map((l) => formatLocalLongDate(l, AT, 'UTC'))).toEqual(['November 20, 2026', '20. November 2026', '20 novembre 2026', '20 de noviembre de 2026', '20 de novembro de 2026', '2026年11月20日']);
    expect(formatLocalMonth('en', null)).toBeNull();
    expect(formatLocalLongDate('en', 'not a date')).toBeNull();
  });
});

describe('plural categories', () => {
  it('follows each language: French counts 0 as one, Japanese has no singular', () => {
    expect(LOCALES.map((l) => [l, pluralCategory(l, 0), pluralCategory(l, 1), pluralCategory(l, 2)])).toEqual([
      ['en', 'other', 'one', 'other'],
      ['de', 'other', 'one', 'other'],
      ['fr', 'one', 'one', 'other'],
      ['es', 'other', 'one', 'other'],
      ['pt-BR', 'one', 'one', 'other'],
      ['ja', 'other', 'other', 'other'],
    ]);
  });
});

describe('locale negotiation', () => {
  it('matches a tag exactly, then by language, else not at all', () => {
    expect(matchLocale('pt-BR')).toBe('pt-BR');
    expect(matchLocale('pt_br')).toBe('pt-BR');
    expect(matchLocale('pt-PT')).toBe('pt-BR');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('ja-JP')).toBe('ja');
    expect(matchLocale('it-IT')).toBeNull();
    expect(matchLocale('')).toBeNull();
  });

  it('takes the first preferred language Thinline speaks, else the fallback', () => {
    expect(negotiateLocale(['it-IT', 'fr-CA', 'en-US'])).toBe('fr');
    expect(negotiateLocale(['it-IT', 'nl'], 'de')).toBe('de');
    expect(negotiateLocale([])).toBe('en');
  });
});
