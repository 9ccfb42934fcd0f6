import type { ReactNode } from 'react';
import '../participant.css';
import { rememberLocale } from '../../../i18n/detect';
import { activateLocale, useT } from '../../../i18n/i18n';
import { LanguagePicker } from '../../../ui/LanguagePicker';
import type { TLocale } from '@thinline/shared';

/** The phone page frame: a slim top bar, the content, and room for the sticky footer. */
export function ParticipantShell({ code, title, children }: { code?: string; title?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="pt">
      <title>{`${title ?? t('phone.join.title')} · Thinline`}</title>
      <header className="pt-top">
        <span className="pt-brand">Thinline</span>
        <LanguagePicker className="pt-language" onPick={pickPhoneLanguage} />
        {code ? (
          <span className="pt-code">
            <span className="pt-visually-hidden">{t('phone.shell.sessionCode')} </span>
            {code}
          </span>
        ) : null}
      </header>
      <main className="pt-main">{children}</main>
    </div>
  );
}

function pickPhoneLanguage(locale: TLocale) {
  rememberLocale(locale);
  void activateLocale(locale, ['phone']);
}
