import { showLocale } from '../../../i18n/__tests__/show-locale';
import { closingText, inviteText, minutesFor } from '../lib/invite';
import { resumeLink, resumeTokenFromHash } from '../../participant/storage';

describe('the invite text', () => {
  beforeEach(() => showLocale('en'));
  const base = {
    title: 'DE vs MLOps — Payments team',
    purpose: 'Who owns what between our data and ML platform teams',
    closesAt: '2026-12-03T13:00:00.000Z',
    timeZone: 'Europe/Berlin',
    concerns: 20,
    joinUrl: 'https://thinline.example/j/AB3K7Q',
    joinCode: 'AB3K7Q',
    locale: 'en' as const,
  };

  it('says what, what for, by when in the readers\' zone, how long, and where', () => {
    expect(inviteText(base)).toBe(
      [
        'Before our workshop "DE vs MLOps — Payments team", please answer a short survey on your phone or computer.',
        'What it is for: Who owns what between our data and ML platform teams',
        'Please answer by Thursday 3 December, 14:00 (Central European Standard Time); the link shows the deadline in your own time zone.',
        'It takes about 10 minutes: 20 questions on who owns what. Your answers stay hidden until we look at them together.',
        'Answer here: https://thinline.example/j/AB3K7Q (or enter the code AB3K7Q). You can stop and come back later on the same device.',
      ].join('\n\n'),
    );
  });

  it('follows the readers\' zone and leaves out what is not there', () => {
    const text = inviteText({ ...base, purpose: '  ', closesAt: null, timeZone: 'America/New_York' });
    expect(text).toContain('It takes about 10 minutes: 20 questions on who owns what.');
    expect(text).not.toContain('What it is for');
    expect(text).not.toContain('answer by');
    expect(inviteText({ ...base, timeZone: 'America/New_York' })).toContain('Thursday 3 December, 08:00 (Eastern Standard Time)');
  });

  it('is written in the shown language, with the deadline and its zone as that language says them', () => {
    showLocale('de');
    expect(inviteText({ ...base, locale: 'de' })).toBe(
      [
        'Bitte beantworten Sie vor unserem Workshop „DE vs MLOps — Payments team“ eine kurze Umfrage auf Ihrem Smartphone oder Computer.',
        'Worum es geht: Who owns what between our data and ML platform teams',
        'Bitte antworten Sie bis Donnerstag, 3. Dezember um 14:00 (Mitteleuropäische Normalzeit); der Link zeigt die Frist in Ihrer eigenen Zeitzone.',
        'Das dauert etwa 10 Minuten: 20 Fragen dazu, wer wofür zuständig ist. Ihre Antworten bleiben verborgen, bis wir sie gemeinsam ansehen.',
        'Hier antworten: https://thinline.example/j/AB3K7Q (oder geben Sie den Code AB3K7Q ein). Sie können unterbrechen und später auf demselben Gerät weitermachen.',
      ].join('\n\n'),
    );
    showLocale('ja');
    const ja = inviteText({ ...base, concerns: 1, locale: 'ja' });
    expect(ja).toContain('12月3日木曜日 14:00（中央ヨーロッパ標準時）までにご回答ください。');
    expect(ja).toContain('所要時間は約 1 分、誰が何を担当するかについての質問が 1 問です。');
  });

  it('writes a closing time with its weekday in each language', () => {
    const at = base.closesAt;
    expect(closingText(at, 'en', 'Europe/Berlin')).toBe('Thursday 3 December, 14:00');
    expect(closingText(at, 'fr', 'Europe/Berlin')).toBe('jeudi 3 décembre à 14:00');
    expect(closingText(at, 'ja', 'Asia/Tokyo')).toBe('12月3日木曜日 22:00');
  });

  it('estimates half a minute per question, at least one minute', () => {
    expect([minutesFor(1), minutesFor(4), minutesFor(5), minutesFor(20)]).toEqual([1, 2, 3, 10]);
  });
});

describe('the personal resume link', () => {
  it('carries the token in the fragment and reads it back', () => {
    const link = resumeLink('https://thinline.example', 'AB3K7Q', 'abcDEF123_-abcDEF123_-xyz');
    expect(link).toBe('https://thinline.example/j/AB3K7Q#resume=abcDEF123_-abcDEF123_-xyz');
    expect(resumeTokenFromHash(new URL(link).hash)).toBe('abcDEF123_-abcDEF123_-xyz');
    expect(resumeTokenFromHash('#resume=short')).toBeNull();
    expect(resumeTokenFromHash('')).toBeNull();
  });
});
