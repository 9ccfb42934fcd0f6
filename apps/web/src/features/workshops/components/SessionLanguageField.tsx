import { LOCALES, LOCALE_NAMES, type TLocale, isLocale } from '@thinline/shared';
import { SelectField } from '../../../ui/Field';
import { useT } from '../../../i18n/i18n';

/**
 * The language a session speaks: its presenter, its report and exports, and the phones whose
 * browsers ask for none of Thinline's languages. Each language in its own name, as the
 * header's picker lists them, with `lang` so a screen reader pronounces it right.
 */
export function SessionLanguageField({ value, onChange }: { value: TLocale; onChange: (locale: TLocale) => void }) {
  const t = useT();
  return (
    <SelectField
      id="session-locale"
      className="session-language"
      label={t('app.workshops.start.language')}
      hint={t('app.workshops.start.languageHint')}
      value={value}
      onChange={(event) => {
        if (isLocale(event.target.value)) onChange(event.target.value);
      }}
    >
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </SelectField>
  );
}
