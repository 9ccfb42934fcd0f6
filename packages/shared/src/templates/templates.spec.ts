import { LIMITS, ZTemplateSummary, ZWorkshopFile } from '../contracts/workshop.js';
import { DE_VS_MLOPS } from './de-vs-mlops.js';
import { LOCALES } from '../i18n/locales.js';
import { DE_VS_MLOPS_TRANSLATIONS, TEMPLATES, TEMPLATES_BY_LOCALE, findTemplate } from './index.js';

/** A description a participant reads on a phone: one sentence, short. */
const PHONE_SENTENCE_MAX = 140;

describe('built-in templates', () => {
  it('have unique, url-safe ids that fit a create-workshop request', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(60);
    }
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s fits the workshop limits', (_id, t) => {
    expect(ZTemplateSummary.safeParse(t).success).toBe(true);
    expect(t.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
    expect(t.description.length).toBeLessThanOrEqual(1000);

    expect(t.roles.length).toBeGreaterThanOrEqual(LIMITS.roles.min);
    expect(t.roles.length).toBeLessThanOrEqual(LIMITS.roles.max);
    const roleNames = t.roles.map((r) => r.name.toLowerCase());
    expect(new Set(roleNames).size).toBe(roleNames.length);
    for (const r of t.roles) expect(r.name.length).toBeLessThanOrEqual(LIMITS.nameLength);

    expect(t.concerns.length).toBeGreaterThanOrEqual(LIMITS.concerns.min);
    expect(t.concerns.length).toBeLessThanOrEqual(LIMITS.concerns.max);
    const titles = t.concerns.map((c) => c.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const c of t.concerns) {
      expect(c.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(c.category.length).toBeGreaterThan(0);
      expect(c.category.length).toBeLessThanOrEqual(LIMITS.categoryLength);
      expect(c.description.length).toBeLessThanOrEqual(Math.min(PHONE_SENTENCE_MAX, LIMITS.descriptionLength));
      // exactly one sentence: a capital start, one full stop, at the end
      expect(c.description).toMatch(/^[A-Z][^.]*\.$/);
      expect(c.description).toBe(c.description.trim());
    }
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid workshop file (what the editor imports)', (_id, t) => {
    const file = { format: 'thinline.workshop/v1', title: t.title, description: t.description, roles: t.roles, concerns: t.concerns };
    const parsed = ZWorkshopFile.safeParse(file);
    expect(parsed.error?.issues).toBeUndefined();
  });

  it('keeps each category together, so the heatmap groups them without reordering', () => {
    for (const t of TEMPLATES) {
      const seen: string[] = [];
      for (const c of t.concerns) {
        if (seen[seen.length - 1] !== c.category) {
          expect(seen).not.toContain(c.category);
          seen.push(c.category);
        }
      }
    }
  });
});

describe('DE_VS_MLOPS', () => {
  it('has the four roles in the documented order', () => {
    expect(DE_VS_MLOPS.id).toBe('de-vs-mlops');
    expect(DE_VS_MLOPS.title).toBe('Data Engineering vs MLOps');
    expect(DE_VS_MLOPS.roles.map((r) => r.name)).toEqual(['Data Engineering', 'MLOps / ML Engineering', 'Data Science', 'Platform / Operations']);
  });

  it('has about twenty concerns covering the documented topics', () => {
    expect(DE_VS_MLOPS.concerns.length).toBeGreaterThanOrEqual(18);
    expect(DE_VS_MLOPS.concerns.length).toBeLessThanOrEqual(24);
    const text = DE_VS_MLOPS.concerns.map((c) => `${c.title} ${c.description}`.toLowerCase()).join('\n');
    const topics = [
      'etl', 'stream', 'validation', 'warehous', 'feature', 'data versioning', 'experiment tracking', 'training pipelines',
      'registry', 'weights', 'hyperparameters', 'container', 'ci/cd', 'deployment', 'serving', 'pipeline reliability',
      'model performance', 'retraining', 'lineage', 'audit', 'analysts', 'scalability',
    ];
    for (const topic of topics) expect({ topic, found: text.includes(topic) }).toEqual({ topic, found: true });
  });
});

describe('findTemplate', () => {
  it('finds a template by id and returns undefined for an unknown id', () => {
    expect(findTemplate('de-vs-mlops')).toBe(DE_VS_MLOPS);
    expect(findTemplate('nope')).toBeUndefined();
    expect(findTemplate('')).toBeUndefined();
  });
});

describe('the built-in template in every language', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s: translates every role, category and concern, fits the limits, one short sentence each', (locale) => {
    const t = TEMPLATES_BY_LOCALE[locale][0];
    const en = TEMPLATES_BY_LOCALE.en[0];
    expect(t && en).toBeTruthy();
    if (!t || !en) return;
    const translation = DE_VS_MLOPS_TRANSLATIONS[locale];
    expect(Object.keys(translation.categories).sort()).toEqual([...new Set(en.concerns.map((c) => c.category))].sort());
    expect(translation.concerns).toHaveLength(en.concerns.length);
    expect(ZTemplateSummary.safeParse(t).success).toBe(true);
    expect(t.id).toBe(en.id);
    for (const c of t.concerns) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(c.category.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(PHONE_SENTENCE_MAX);
    }
    expect(new Set(t.concerns.map((c) => c.title)).size).toBe(t.concerns.length);
    expect(new Set(t.roles.map((r) => r.name)).size).toBe(t.roles.length);
    expect(findTemplate(t.id, locale)).toBe(t);
  });
});
