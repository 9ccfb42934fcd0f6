import { LOCALES, LOCALE_NAMES, type TLocale, isLocale } from '@thinline/shared';
import { useT, useLocale } from '../i18n/i18n';

/**
 * The language picker: every language in its own name (a reader looks for theirs), with
 * `lang` on each option so a screen reader pronounces it right.
 */
export function LanguagePicker({ onPick, className }: { onPick: (locale: TLocale) => void; className?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <label className={['language-picker', className].filter(Boolean).join(' ')}>
      <span className="language-picker__label">{t('phone.language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) onPick(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
