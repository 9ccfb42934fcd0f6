import { ZHeatmap, shownAggregate } from '@thinline/shared';
import type { THeatmap, TJoinResult, TReport, TSession, TShareLink } from '@thinline/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { apiForSuite } from './support/api-process.js';
import { query } from './support/db.js';
import { createSession, createWorkshop, signUp, workshopBody } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { EventLog, type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

/**
 * An anonymous session where phones send names anyway and one role has a single person.
 * No output (HTTP, socket event, export of any format, for the owner or a link holder)
 * may carry a name or a participant id, and no output may show fewer than k people apart:
 * not as a segment, not as an own-role label in the answers tables, not by subtracting
 * the shown segments from the whole room.
 */

const K = 3;
const ROLES = ['Data Engineering', 'MLOps', 'Data Science', 'Platform'];
// 3 + 3 + 3 people, and Platform has one.
const PEOPLE = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3];
const FORMATS = ['csv', 'xlsx', 'json', 'md', 'svg', 'pdf'] as const;

describe('anonymity is real', () => {
  const api = apiForSuite({ RATE_LIMIT_EXPORTS_PER_MINUTE: '1000' });
  let owner: ApiClient;
  let session: TSession;
  let link: TShareLink;
  const names = PEOPLE.map((_, i) => `Secretname${i}Qx`);
  const participantIds: string[] = [];
  const resumeTokens: string[] = [];
  const sockets: TestSocket[] = [];
  /** every socket event any connection received, as JSON */
  const events: string[] = [];

  const record = (s: TestSocket, who: string) => s.onAny((event: string, payload: unknown) => events.push(`${who} ${event} ${JSON.stringify(payload)}`));

  beforeAll(async () => {
    owner = await signUp(api.url);
    const workshop = await createWorkshop(owner, workshopBody({ roles: ROLES.map((name) => ({ name })) }));
    session = await createSession(owner, workshop.id, { anonymity: 'anonymous', minSegmentSize: K });
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
    link = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;

    const presenter = connect(api.url, { sessionId: session.id }, owner.cookie);
    const viewer = connect(api.url, { shareToken: link.token });
    sockets.push(presenter, viewer);
    const watching = [new EventLog(presenter), new EventLog(viewer)];
    record(presenter, 'presenter');
    record(viewer, 'report');
    await Promise.all([connected(presenter), connected(viewer)]);

    const role = (i: number) => session.roles[PEOPLE[i]!]!.id;
    for (let i = 0; i < PEOPLE.length; i++) {
      const phone = connect(api.url, { joinCode: session.joinCode });
      sockets.push(phone);
      record(phone, `phone${i}`);
      await connected(phone);
      const joined = await request<{ ok: true } & TJoinResult>(phone, 'participant:join', { name: names[i], roleId: role(i) });
      expect(joined).toMatchObject({ ok: true, name: null });
      // a second join with the token (the phone saving its profile) sends the name again
      expect(await request(phone, 'participant:join', { resumeToken: joined.resumeToken, name: names[i], roleId: role(i) })).toMatchObject({ ok: true, name: null });
      participantIds.push(joined.participantId);
      resumeTokens.push(joined.resumeToken);
      for (const [c, concern] of session.concerns.entries()) {
        // The Platform person answers the first concern in their own way: what a leak would show.
        const owners = i === 9 && c === 0 ? [session.roles[3]!.id] : [session.roles[c % 2]!.id];
        expect(await request(phone, 'answer:submit', { answerId: randomUUID(), concernId: concern.id, choice: 'owners', owners, confidence: 1 + (i % 5) })).toMatchObject({ ok: true });
      }
    }
    const revealed = waitForEvent(sockets[2]!, 'results');
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: session.concerns[0]!.id });
    await revealed;
    // the last coalesced heatmap, with every answer in it, has reached both watchers (and `events`)
    const everyAnswer = PEOPLE.length * session.concerns.length;
    await Promise.all(watching.map((log) => log.waitFor('heatmap', { until: (h) => h.answers === everyAnswer })));
  });
  afterAll(() => {
    for (const s of sockets) s.disconnect();
  });

  /** Text of an export, whatever its format. */
  async function exportText(path: string): Promise<string> {
    const res = await fetch(`${api.url}${path}`, { headers: path.startsWith('/api/sessions') ? { cookie: owner.cookie! } : {} });
    expect([path, res.status]).toEqual([path, 200]);
    const body = Buffer.from(await res.arrayBuffer());
    if (path.includes('.pdf')) return (await new PDFParse({ data: body }).getText()).text;
    if (path.includes('.xlsx')) return (await xlsxRows(body)).map((r) => r.join('\t')).join('\n');
    return body.toString('utf8');
  }

  async function xlsxRows(body: Buffer, sheet?: string): Promise<string[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const rows: string[][] = [];
    for (const ws of workbook.worksheets) {
      if (sheet && ws.name !== sheet) continue;
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string)))));
    }
    return rows;
  }

  /** Every reply the owner and a link holder can get, with a name for the failure message. */
  async function everything(): Promise<[string, string][]> {
    const out: [string, string][] = [];
    const segments = [...session.roles.map((r) => r.id), 'other', 'undisclosed'];
    const get = async (path: string, cookie?: string) => out.push([path, await (await fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} })).text()]);
    await get(`/api/sessions/${session.id}`, owner.cookie);
    await get(`/api/workshops/${session.workshopId}/sessions`, owner.cookie);
    await get(`/api/reports/${link.token}`);
    for (const s of segments) {
      await get(`/api/sessions/${session.id}/heatmap?segment=${s}`, owner.cookie);
      await get(`/api/reports/${link.token}?segment=${s}`);
    }
    for (const f of FORMATS) {
      out.push([`owner export.${f}`, await exportText(`/api/sessions/${session.id}/export.${f}`)]);
      out.push([`link export.${f}`, await exportText(`/api/reports/${link.token}/export.${f}`)]);
    }
    out.push([`owner export.csv?table=matrix`, await exportText(`/api/sessions/${session.id}/export.csv?table=matrix`)]);
    out.push(['socket events', events.join('\n')]);
    return out;
  }

  it('the server drops the names the phones sent: none is stored', async () => {
    const stored = await query<{ display_name: string | null }>('SELECT display_name FROM participant WHERE session_id = $1', [session.id]);
    expect(stored).toHaveLength(PEOPLE.length);
    expect(stored.every((p) => p.display_name === null)).toBe(true);
  });

  it('no reply, socket event or export carries a name, a participant id or a resume token', async () => {
    const leaks: string[] = [];
    for (const [what, text] of await everything()) {
      for (const secret of [...names, ...participantIds, ...resumeTokens]) if (text.includes(secret)) leaks.push(`${what} shows ${secret}`);
    }
    expect(leaks).toEqual([]);
    // the only place a participant id appears is the participant's own join acknowledgement
    expect(events.filter((e) => e.startsWith('phone')).length).toBeGreaterThan(0);
  });

  it('the one-person segment is hidden in the heatmap API, the report and the JSON export', async () => {
    const platform = session.roles[3]!.id;
    for (const heatmap of [
      (await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap?segment=${platform}`)).body,
      ((await (await fetch(`${api.url}/api/reports/${link.token}?segment=${platform}`)).json()) as TReport).heatmap,
    ]) {
      expect(heatmap.suppressed).toBe(true);
      expect(heatmap.answers).toBe(0);
      // No number at all, not zeros that would read as "nobody named this role"; the contract says the same.
      for (const c of heatmap.concerns) {
        expect(c).toEqual({ concernId: c.concernId, suppressed: true, answered: null, unknown: null, shares: null, nobody: null, owners: [], status: 'no data', agreement: null, confidence: null });
      }
      expect(ZHeatmap.parse(heatmap)).toEqual(heatmap);
    }
    const json = JSON.parse(await exportText(`/api/reports/${link.token}/export.json`)) as {
      participants: { byRole: { roleId: string; count: number | null }[] };
      segments: { roleId: string; suppressed: boolean; heatmap: unknown }[];
    };
    expect(json.segments.find((s) => s.roleId === platform)).toMatchObject({ suppressed: true, heatmap: null });
    expect(json.participants.byRole.find((r) => r.roleId === platform)).toMatchObject({ count: null });
  });

  it('the shown segments never add up to a view of fewer than k people (whole room minus segments)', async () => {
    const report = async (segment?: string) => ((await (await fetch(`${api.url}/api/reports/${link.token}${segment ? `?segment=${segment}` : ''}`)).json()) as TReport).heatmap;
    const whole = await report();
    const segments = await Promise.all([...session.roles.map((r) => r.id), 'other', 'undisclosed'].map((s) => report(s)));
    for (const c of whole.concerns) {
      let shown = 0;
      for (const seg of segments) {
        const a = seg.concerns.find((x) => x.concernId === c.concernId)!;
        if (!seg.suppressed && !a.suppressed) shown += a.answered + a.unknown;
      }
      const whole = shownAggregate(c);
      const rest = whole.answered + whole.unknown - shown;
      expect({ concern: c.concernId, restIsZeroOrAtLeastK: rest === 0 || rest >= K }).toEqual({ concern: c.concernId, restIsZeroOrAtLeastK: true });
    }
  });

  it.each(['owner', 'link holder'])('the answers tables (CSV and XLSX) label no own role that fewer than k people share, for the %s', async (who) => {
    const base = who === 'owner' ? `/api/sessions/${session.id}` : `/api/reports/${link.token}`;
    const csv = parse<Record<string, string>>(await exportText(`${base}/export.csv`), { columns: true, bom: true });
    const res = await fetch(`${api.url}${base}/export.xlsx`, { headers: who === 'owner' ? { cookie: owner.cookie! } : {} });
    const rows = await xlsxRows(Buffer.from(await res.arrayBuffer()), 'Answers');
    const header = rows.findIndex((r) => r.includes('participant') && r.includes('own role'));
    const xlsx = rows.slice(header + 1).map((r) => Object.fromEntries(rows[header]!.map((h, i) => [h, r[i] ?? ''])));
    for (const [format, table] of [['csv', csv], ['xlsx', xlsx]] as const) {
      expect(table).toHaveLength(PEOPLE.length * session.concerns.length);
      const people = new Map<string, Set<string>>();
      for (const row of table) {
        expect(Object.keys(row)).not.toContain('name');
        const set = people.get(row['own role']!) ?? new Set<string>();
        set.add(row.participant!);
        people.set(row['own role']!, set);
      }
      expect([format, [...people.keys()]]).not.toEqual([format, expect.arrayContaining(['Platform'])]);
      for (const [label, set] of people) expect([format, label, set.size >= K]).toEqual([format, label, true]);
    }
  });
});
