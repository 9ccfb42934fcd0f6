import { type TLocale, formatPercent } from '@thinline/shared';
import { translator } from '../../i18n/translator.js';
import { makeFixtureBundle } from './__tests__/fixtures.js';
import { agreementWhole, isoDate, percentOneDecimal, percentWhole, pointsChange, pointsChangeOneDecimal, subtitle } from './format.js';

describe('export formatting', () => {
  it('rounds shares in pictures exactly as the heatmap on screen does', () => {
    for (const share of [0, 1 / 13, 0.125, 0.5, 7 / 13, 0.995, 1]) expect(percentWhole(share)).toBe(formatPercent(share));
    expect(percentWhole(11 / 13)).toBe('85%');
  });

  it('writes one decimal in tables', () => {
    expect(percentOneDecimal(11 / 13)).toBe('84.6');
    expect(percentOneDecimal(0)).toBe('0.0');
    expect(percentOneDecimal(1)).toBe('100.0');
    expect(percentOneDecimal(0.0625)).toBe('6.3');
  });

  it('shows undefined agreement as a dash', () => {
    expect(agreementWhole(null)).toBe('–');
    expect(agreementWhole(0.256)).toBe('26%');
  });

  it('signs changes in percentage points', () => {
    expect(pointsChange(0.24)).toBe('+24 pp');
    expect(pointsChange(-0.08)).toBe('−8 pp');
    expect(pointsChange(0.001)).toBe('0 pp');
    expect(pointsChange(null)).toBe('–');
    expect(pointsChangeOneDecimal(-0.0004)).toBe('0.0');
    expect(pointsChangeOneDecimal(0.2345)).toBe('23.5');
  });

  it('dates in UTC', () => {
    expect(isoDate(new Date('2026-11-20T23:30:00-05:00'))).toBe('2026-11-21');
  });

  it('prints dates for people through Intl in the session language, read in UTC', () => {
    const late = new Date('2026-11-20T23:30:00-05:00');
    expect(['en', 'de', 'fr', 'ja'].map((l) => translator(l as TLocale).date(late))).toEqual(['Nov 21, 2026', '21.11.2026', '21 nov. 2026', '2026/11/21']);
    expect(translator('de').date('2026-12-04')).toBe('04.12.2026');
    expect(translator('de').dateTime(new Date('2026-11-23T12:00:00.000Z'))).toBe('23.11.2026, 12:00 UTC');
    expect(translator('ja').dateTime(new Date('2026-11-23T12:00:00.000Z'))).toBe('2026/11/23 12:00 UTC');
    expect(subtitle(makeFixtureBundle({ locale: 'de' })).startsWith('20.11.2026 · 13 Teilnehmende')).toBe(true);
  });

  it('puts date, participants, θ and round under every title', () => {
    expect(subtitle(makeFixtureBundle())).toBe('Nov 20, 2026 · 13 participants · θ = 50% · round 2 of 2');
    expect(subtitle(makeFixtureBundle({ empty: true }))).toBe('Nov 20, 2026 · 0 participants · θ = 50% · round 1 · No answers yet');
  });
});
