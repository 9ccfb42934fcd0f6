import { Injectable } from '@nestjs/common';
import { LOCALES, LOCALE_NAMES, type TLocale } from '@thinline/shared';

@Injectable()
export class LocaleService {
  /** The languages Thinline speaks, each with its own name for itself. */
  list(): { locales: { code: TLocale; name: string }[] } {
    return { locales: LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] })) };
  }
}
