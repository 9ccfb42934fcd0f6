import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { artifacts } from './browser.js';
import { expectText } from './expect-ui.js';
import { type Expected, ROLES, ROLE_KEYS, type RoleKey, pct } from './room.js';

/** The ids behind the names a person reads: the heatmap's cells are keyed by them. */
export interface SessionIds {
  concerns: Record<string, string>;
  roles: Record<RoleKey, string>;
}

/** Reads the session as the facilitator's own client does (GET /api/sessions/:id, with the cookie). */
export async function sessionIds(facilitator: BrowserContext, sessionId: string): Promise<SessionIds> {
  const res = await facilitator.request.get(`/api/sessions/${sessionId}`);
  expect(res.status()).toBe(200);
  const session = (await res.json()) as { roles: { id: string; name: string }[]; concerns: { id: string; title: string }[] };
  const roleId = (key: RoleKey) => {
    const role = session.roles.find((r) => r.name === ROLES[key]);
    if (!role) throw new Error(`The session has no role “${ROLES[key]}”`);
    return role.id;
  };
  return {
    concerns: Object.fromEntries(session.concerns.map((c) => [c.title, c.id])),
    roles: Object.fromEntries(ROLE_KEYS.map((k) => [k, roleId(k)])) as Record<RoleKey, string>,
  };
}

const STATUS_BADGE: Record<Expected['status'], string> = { gap: 'GAP', overlap: 'OVERLAP', clear: 'CLEAR', contested: 'CONTESTED', 'too few': 'TOO FEW', 'no data': 'NO DATA' };

/** One heatmap cell's number as drawn: share of a role, or the "nobody" column. */
export function shareCell(heatmap: Locator, ids: SessionIds, title: string, role: RoleKey | 'nobody'): Locator {
  const concern = `[data-concern-id="${ids.concerns[title]}"]`;
  return heatmap.locator(role === 'nobody' ? `${concern}[data-column="nobody"] text` : `${concern}[data-role-id="${ids.roles[role]}"] text`);
}

/** Every number of one heatmap row, as a person reads it: shares, nobody, status, agreement, answered. */
export async function expectHeatmapRow(heatmap: Locator, ids: SessionIds, title: string, want: Expected, timeout = 10_000): Promise<void> {
  const concern = `[data-concern-id="${ids.concerns[title]}"]`;
  // a row without data, or with too few answers, has no numbers, not zeros (nor one person's 100%)
  const blank = want.status === 'no data' || want.status === 'too few';
  const share = (v: number) => (blank ? '–' : pct(v));
  for (const role of ROLE_KEYS) await expectText(shareCell(heatmap, ids, title, role), share(want.shares[role]), timeout);
  await expectText(shareCell(heatmap, ids, title, 'nobody'), share(want.nobody), timeout);
  await expectText(heatmap.locator(`${concern}[data-column="status"]`), STATUS_BADGE[want.status], timeout);
  await expectText(heatmap.locator(`${concern}[data-column="agreement"]`), want.agreement === null || blank ? '–' : pct(want.agreement), timeout);
  // the projector leaves the Answered column out (its numbers are for the back of the room); reports and exports have it
  if ((await heatmap.locator('[data-header="answered"]').count()) > 0) {
    await expectText(heatmap.locator(`${concern}[data-column="answered"]`), String(want.answered), timeout);
  }
}

/** Clicks a download link the way a person does and keeps the file. */
export async function download(page: Page, link: Locator): Promise<{ filename: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const folder = join(artifacts, 'downloads');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { filename: file.suggestedFilename(), body: readFileSync(path) };
}
