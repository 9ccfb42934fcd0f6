import type { TTemplate } from '../contracts/workshop.js';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../i18n/locales.js';
import { DE_VS_MLOPS } from './de-vs-mlops.js';
import { DE_VS_MLOPS_TRANSLATIONS, type TemplateTranslation } from './de-vs-mlops.translations.js';

export { DE_VS_MLOPS } from './de-vs-mlops.js';
export { DE_VS_MLOPS_TRANSLATIONS } from './de-vs-mlops.translations.js';

/** The English template in another language: same id, same order, every word translated. */
export function translateTemplate(template: TTemplate, translation: TemplateTranslation): TTemplate {
  return {
    id: template.id,
    title: translation.title,
    description: translation.description,
    roles: template.roles.map((_, i) => ({ name: translation.roles[i] ?? '' })),
    concerns: template.concerns.map((c, i) => ({
      category: translation.categories[c.category] ?? '',
      title: translation.concerns[i]?.[0] ?? '',
      description: translation.concerns[i]?.[1] ?? '',
    })),
  };
}

/** The built-in templates in each language, in the order a facilitator is offered them. */
export const TEMPLATES_BY_LOCALE: Record<TLocale, TTemplate[]> = Object.fromEntries(
  LOCALES.map((locale) => [locale, locale === 'en' ? [DE_VS_MLOPS] : [translateTemplate(DE_VS_MLOPS, DE_VS_MLOPS_TRANSLATIONS[locale])]]),
) as Record<TLocale, TTemplate[]>;

/** The built-in templates in English. */
export const TEMPLATES: TTemplate[] = TEMPLATES_BY_LOCALE[DEFAULT_LOCALE];

export function findTemplate(id: string, locale: TLocale = DEFAULT_LOCALE): TTemplate | undefined {
  return TEMPLATES_BY_LOCALE[locale].find((t) => t.id === id);
}
