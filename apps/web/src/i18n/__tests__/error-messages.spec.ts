import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES, CLIENT_ERROR_CODES, LOCALES, type TErrorCode } from '@thinline/shared';
import { API_ERROR_MESSAGES, errorMessageId, errorText } from '../error-messages';
import { showLanguage } from './show-language';

const ALL: TErrorCode[] = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];

function textsIn(locale: (typeof LOCALES)[number]): Record<string, string> {
  showLanguage(locale);
  return Object.fromEntries(ALL.map((code) => [code, errorText(code)]));
}

describe('an error shown to a person, by its code, in their language', () => {
  const english = textsIn('en');

  it('has a sentence for every code in every language, never the key itself', () => {
    for (const locale of LOCALES) {
      const texts = textsIn(locale);
      const missing = ALL.filter((code) => !texts[code]?.trim() || texts[code]?.startsWith('phone.'));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it('reads German and Japanese, not English, for every code', () => {
    for (const locale of ['de', 'ja'] as const) {
      const texts = textsIn(locale);
      const same = ALL.filter((code) => texts[code] === english[code]);
      expect({ locale, sameAsEnglish: same }).toEqual({ locale, sameAsEnglish: [] });
    }
  });

  it('gives a code the client does not know (a newer server) the generic sentence, whatever it looks like', () => {
    showLanguage('de');
    expect(errorMessageId('answer/some-new-rule')).toBe('phone.errors.unknown');
    expect(errorMessageId('auth/')).toBe('phone.errors.unknown');
    expect(errorMessageId('toString')).toBe('phone.errors.unknown');
    expect(errorText('answer/some-new-rule')).toBe(errorText('client/unknown-code'));
    expect(errorText('answer/some-new-rule')).toContain('Seite');
  });

  it('words the codes a person meets most in their own terms', () => {
    showLanguage('en');
    expect(errorText('auth/invalid-credentials')).toBe('The email address or password is not correct.');
    expect(API_ERROR_MESSAGES['request/malformed']).toBe(API_ERROR_MESSAGES['request/invalid-json']);
    showLanguage('ja');
    expect(errorText('session/full')).toBe('このセッションは満員です。');
  });
});
