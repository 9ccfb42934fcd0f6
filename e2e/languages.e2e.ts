// Every screen in the team's language (issue 20), on real phones: one whose browser speaks
// German and one whose browser speaks Japanese join the same English session by its code,
// pick a role and answer. Each reads its own language (checked against the catalogues
// themselves, not hand-typed guesses), says so in <html lang>, fits every button into a
// 360 px screen, stays accessible, and downloads its own language's phone catalogue only.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { LAPTOP, launch, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';
import { messages } from './support/catalogue.js';
import { clippedText, expectText } from './support/expect-ui.js';
import { ROLES } from './support/room.js';

interface Session {
  id: string;
  joinCode: string;
  concerns: { id: string; title: string }[];
  roles: { id: string; name: string }[];
}

interface HeatmapConcern {
  concernId: string;
  answered: number;
  unknown: number;
  nobody: number;
  shares: Record<string, number>;
}

const phoneCatalogue = (locale: 'de' | 'ja' | 'en') => messages(locale, 'phone');

const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Every button and choice a phone shows. */
const CONTROLS = ['button', 'a.pt-btn', 'label.pt-choice', 'label.pt-segment', 'summary', 'select'];

/** What a screen must be, whatever its language: named in <html lang>, nothing clipped, nothing serious for axe. */
async function expectScreenHolds(page: Page, lang: string, screen: string): Promise<void> {
  expect({ screen, lang: await page.evaluate(() => document.documentElement.lang) }).toEqual({ screen, lang });
  // a toggle just tapped fades its colours in (0.12 s): measure what a person then sees, not a frame of the fade
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  expect({ screen, clipped: await clippedText(page, CONTROLS) }).toEqual({ screen, clipped: [] });
  expect({ screen, axe: await seriousA11yViolations(page) }).toEqual({ screen, axe: [] });
}

const catalogueChunk = (url: string) => /\/catalogue-[^/]*\.js(\?|$)/.test(url);

describe('a phone in German and a phone in Japanese answer the same session', () => {
  let browser: Browser;
  let laptop: BrowserContext;
  let session: Session;

  beforeAll(async () => {
    browser = await launch();
    // the facilitator's part is not under test here: an English session, started through the API
    laptop = await newContext(browser, LAPTOP);
    const signup = await laptop.request.post('/api/auth/signup', {
      data: { name: 'Language Facilitator', email: `languages-${Date.now()}@example.com`, password: 'a long enough passphrase' },
    });
    expect(signup.status()).toBe(201);
    const workshop = (await (await laptop.request.post('/api/workshops', { data: { templateId: 'de-vs-mlops' } })).json()) as { id: string };
    session = (await (await laptop.request.post(`/api/workshops/${workshop.id}/sessions`, { data: { anonymity: 'anonymous' } })).json()) as Session;
    expect((await laptop.request.post(`/api/sessions/${session.id}/actions`, { data: { action: 'start' } })).status()).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const phones: { lang: 'de' | 'ja'; browserLocale: string; role: keyof typeof ROLES; page?: Page; context?: BrowserContext; errors?: string[] }[] = [
    { lang: 'de', browserLocale: 'de-DE', role: 'de' },
    { lang: 'ja', browserLocale: 'ja-JP', role: 'mlops' },
  ];
  let deCatalogueBytes: { body: number; transferred: number; url: string } | null = null;

  for (const phone of phones) {
    it(`joins and answers in ${phone.lang} (browser ${phone.browserLocale}), loading only that language's phone catalogue`, async () => {
      const text = phoneCatalogue(phone.lang);
      const english = phoneCatalogue('en');
      const msg = (key: string): string => {
        const message = text[key];
        if (!message) throw new Error(`no ${phone.lang} message ${key}`);
        // a translation, not the English left in place
        expect({ key, same: message === english[key] }).toEqual({ key, same: false });
        return message;
      };
      const context = await newContext(browser, { ...SMALL_PHONE, locale: phone.browserLocale });
      const page = await context.newPage();
      phone.page = page;
      phone.context = context;
      phone.errors = watchConsole(page);
      const requests: Request[] = [];
      page.on('request', (r) => {
        if (catalogueChunk(r.url())) requests.push(r);
      });

      // the join screen: the phone's first load
      await page.goto('/j');
      await expectText(page.getByRole('heading', { level: 1 }), msg('phone.join.title'));
      await page.getByRole('textbox', { name: msg('phone.join.code') }).waitFor();
      await page.waitForLoadState('networkidle');
      const firstLoad = requests.map((r) => new URL(r.url()).pathname);
      expect(firstLoad).toHaveLength(1);
      expect(firstLoad[0]).toMatch(new RegExp(`^/assets/catalogue-${phone.lang}-phone-[^/]+\\.js$`));
      if (phone.lang === 'de') {
        const response = await requests[0]!.response();
        const sizes = await requests[0]!.sizes();
        deCatalogueBytes = { body: (await response!.body()).length, transferred: sizes.responseBodySize, url: firstLoad[0]! };
      }
      await expectScreenHolds(page, phone.lang, 'join');
      await snapForDocs(page, `phone-${phone.lang}-join`);

      // the code typed as a person does; the session's page is a page load of its own
      await page.getByRole('textbox', { name: msg('phone.join.code') }).fill(session.joinCode);
      await page.getByRole('button', { name: msg('phone.join.button'), exact: true }).tap();
      await page.waitForURL(`**/j/${session.joinCode}`);

      // own role (the role names are the facilitator's data: English here, as typed)
      await page.getByRole('group', { name: msg('phone.profile.role') }).waitFor();
      await page.getByRole('radio', { name: ROLES[phone.role], exact: true }).tap();
      await page.getByRole('radio', { name: ROLES[phone.role], exact: true, checked: true }).waitFor();
      await page.getByRole('button', { name: msg('phone.profile.continue') }).tap();

      // the first question: owners
      const [first, second, third] = session.concerns as [Session['concerns'][number], Session['concerns'][number], Session['concerns'][number]];
      const heading = page.getByRole('heading', { level: 2 });
      await expectText(heading, first.title);
      await page.getByRole('group', { name: msg('phone.answer.owners.legend') }).waitFor();
      await page.getByRole('button', { name: ROLES[phone.role], exact: true }).tap();
      await page.getByRole('button', { name: ROLES[phone.role], exact: true, pressed: true }).waitFor();
      const footer = page.getByRole('navigation', { name: msg('phone.answer.footer.label') });
      await footer.getByRole('button', { name: msg('phone.answer.footer.saveNext') }).waitFor();
      await expectScreenHolds(page, phone.lang, 'question');
      await snapForDocs(page, `phone-${phone.lang}-question`);
      await footer.getByRole('button', { name: msg('phone.answer.footer.saveNext') }).tap();

      // the second: "Nobody owns this"; the first one's confirmation in the phone's language
      await expectText(heading, second.title);
      await expectText(footer.getByRole('status'), `${msg('phone.answer.save.saved')} ${first.title}`);
      // nothing picked yet: the button says the question is skipped
      await footer.getByRole('button', { name: msg('phone.answer.footer.skip') }).waitFor();
      await page.getByRole('button', { name: msg('phone.answer.nobody'), exact: true }).tap();
      await page.getByRole('button', { name: msg('phone.answer.nobody'), exact: true, pressed: true }).waitFor();
      await expectScreenHolds(page, phone.lang, 'question: nobody');
      await footer.getByRole('button', { name: msg('phone.answer.footer.saveNext') }).tap();

      // the third: "Don't know"
      await expectText(heading, third.title);
      await expectText(footer.getByRole('status'), `${msg('phone.answer.save.saved')} ${second.title}`);
      await page.getByRole('button', { name: msg('phone.answer.unknown'), exact: true }).tap();
      await page.getByRole('button', { name: msg('phone.answer.unknown'), exact: true, pressed: true }).waitFor();
      await footer.getByRole('button', { name: msg('phone.answer.footer.saveNext') }).tap();
      await expectText(footer.getByRole('status'), `${msg('phone.answer.save.saved')} ${third.title}`);

      // the summary of every answer, reached by its translated name
      await footer.getByRole('button', { name: msg('phone.answer.footer.allAnswers') }).tap();
      await page.getByRole('heading', { name: msg('phone.answer.summary.title') }).waitFor();
      await expectScreenHolds(page, phone.lang, 'summary');
      await snapForDocs(page, `phone-${phone.lang}-summary`);

      // both page loads asked for this language's phone catalogue and no other
      const all = requests.map((r) => new URL(r.url()).pathname);
      expect(all.filter((p) => !new RegExp(`^/assets/catalogue-${phone.lang}-phone-[^/]+\\.js$`).test(p))).toEqual([]);
    });
  }

  it("counts both phones' answers in the facilitator's heatmap", async () => {
    const [first, second, third] = session.concerns as [Session['concerns'][number], Session['concerns'][number], Session['concerns'][number]];
    const roleId = (key: keyof typeof ROLES) => session.roles.find((r) => r.name === ROLES[key])!.id;
    const heatmap = (await (await laptop.request.get(`/api/sessions/${session.id}/heatmap`)).json()) as { concerns: HeatmapConcern[] };
    const of = (id: string) => heatmap.concerns.find((c) => c.concernId === id);
    // owners: Data Engineering (the German phone) and MLOps (the Japanese one), one each
    expect(of(first.id)).toMatchObject({ answered: 2, unknown: 0, nobody: 0, shares: { [roleId('de')]: 0.5, [roleId('mlops')]: 0.5 } });
    expect(of(second.id)).toMatchObject({ answered: 2, unknown: 0, nobody: 1 });
    expect(of(third.id)).toMatchObject({ answered: 0, unknown: 2 });
  });

  it('thanks each phone in its own language when the session closes', async () => {
    expect((await laptop.request.post(`/api/sessions/${session.id}/actions`, { data: { action: 'close' } })).status()).toBe(200);
    for (const phone of phones) {
      const page = phone.page!;
      const text = phoneCatalogue(phone.lang);
      await expectText(page.getByRole('heading', { level: 1 }), text['phone.answer.closed.title']!, 15_000);
      await page.getByText(text['phone.answer.closed.hint']!).waitFor();
      await expectScreenHolds(page, phone.lang, 'thanks');
      await snapForDocs(page, `phone-${phone.lang}-thanks`);
      expect({ lang: phone.lang, errors: phone.errors }).toEqual({ lang: phone.lang, errors: [] });
      await phone.context!.close();
    }
    // measured for the report: the German phone's one catalogue chunk on its first load
    console.log(`de-DE phone first load: ${JSON.stringify(deCatalogueBytes)}`);
    expect(deCatalogueBytes).not.toBeNull();
  });
});
