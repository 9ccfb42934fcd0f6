import { shownAggregate } from '@thinline/shared';
import { DuckDBInstance } from '@duckdb/node-api';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import type { THeatmap, TSession, TShareLink } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { query } from './support/db.js';
import { liveSession, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { connect, connected, request } from './support/sockets.js';

const pct = (share: number) => `${Math.round(share * 100)}%`;

describe('exports', () => {
  const server = apiForSuite();
  let owner: ApiClient;
  let cookie: string;
  let session: TSession;
  let heatmap: THeatmap;
  let link: TShareLink;

  const download = async (path: string, withCookie = true) => {
    const res = await fetch(`${server.url}${path}`, { headers: withCookie ? { cookie } : {} });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    owner = await signUp(server.url);
    cookie = owner.cookie!;
    session = await liveSession(owner, { settings: { anonymity: 'named', minSegmentSize: 2 } });
    const [de, ml] = session.roles;
    // 6 people: 4 Data Engineers, 2 MLOps; concern 1 is DE's, concern 2 an overlap.
    for (let i = 0; i < 6; i++) {
      const s = connect(server.url, { joinCode: session.joinCode });
      await connected(s);
      await request(s, 'participant:join', { roleId: (i < 4 ? de : ml)!.id, name: `Person ${i}` });
      await request(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'owners', owners: [de!.id] });
      await request(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[1]!.id, choice: 'owners', owners: i % 2 ? [de!.id, ml!.id] : [ml!.id, de!.id] });
      s.disconnect();
    }
    heatmap = (await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap`)).body;
    link = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
  });

  it('PNG: a real image at least 1600 px wide', async () => {
    const { res, body } = await download(`/api/sessions/${session.id}/export.png`);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="thinline-.*\.png"$/);
    const png = PNG.sync.read(body);
    expect(png.width).toBeGreaterThanOrEqual(1600);
  });

  it('SVG: the same numbers as GET /heatmap in every cell', async () => {
    const svg = (await download(`/api/sessions/${session.id}/export.svg`)).body.toString();
    for (const c of heatmap.concerns.map(shownAggregate).filter((x) => x.answered > 0)) {
      for (const [roleId, share] of Object.entries(c.shares)) {
        const cell = new RegExp(`data-concern-id="${c.concernId}"[^>]*data-role-id="${roleId}"[\\s\\S]*?data-share="([0-9.]+)"`).exec(svg);
        expect(Number(cell?.[1])).toBeCloseTo(share, 10);
      }
    }
    expect(svg).toContain(session.title);
  });

  it('PDF: selectable text with the title, participants, threshold and every concern', async () => {
    const { res, body } = await download(`/api/sessions/${session.id}/export.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await new PDFParse({ data: body }).getText()).text;
    expect(text).toContain(session.title);
    expect(text).toMatch(/6 participants/);
    expect(text).toMatch(/50\s*%/);
    for (const c of session.concerns) expect(text).toContain(c.title);
    expect(text).toContain('OVERLAP');
  });

  it('CSV: one row per participant and concern with names (owner, named session), and the matrix equal to GET /heatmap', async () => {
    const answers = parse<Record<string, string>>((await download(`/api/sessions/${session.id}/export.csv`)).body.toString(), { columns: true, bom: true });
    expect(answers).toHaveLength(12);
    expect(JSON.stringify(answers)).toContain('Person 0');

    const matrix = parse<Record<string, string>>((await download(`/api/sessions/${session.id}/export.csv?table=matrix`)).body.toString(), { columns: true, bom: true });
    const first = shownAggregate(heatmap.concerns[0]!);
    const row = matrix.find((r) => Object.values(r).includes(session.concerns[0]!.title))!;
    const deColumn = Object.keys(row).find((k) => k.includes(session.roles[0]!.name))!;
    expect(parseFloat(row[deColumn]!)).toBeCloseTo(first.shares[session.roles[0]!.id]! * 100, 1);
  });

  it('CSV is tidy: a strict RFC 4180 parser and DuckDB\'s read_csv with its defaults both get one row per answer, under the header', async () => {
    const text = (await download(`/api/sessions/${session.id}/export.csv`)).body.toString('utf8');
    const stored = await query<{ answer_id: string; name: string; concern: string }>(
      'SELECT a.answer_id::text, p.display_name AS name, c.title AS concern FROM answer a JOIN participant p ON p.id = a.participant_id JOIN session_concern c ON c.session_id = a.session_id AND c.id = a.concern_id WHERE a.session_id = $1',
      [session.id],
    );
    expect(stored).toHaveLength(12);
    const expected = stored.map((a) => `${a.name} · ${a.concern}`).sort();

    // RFC 4180: CRLF records, a header row first, every record exactly as wide, quotes only as the RFC allows.
    const strict = parse<Record<string, string>>(text, { bom: true, columns: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
    expect(strict.map((r) => `${r.name} · ${r.concern}`).sort()).toEqual(expected);
    expect(Object.keys(strict[0]!).slice(0, 6)).toEqual(['session', 'workshop', 'session date', 'round', 'round label', 'participant']);

    // DuckDB sniffs the dialect, the header and the types itself, as a data engineer would run it.
    const dir = mkdtempSync(join(tmpdir(), 'thinline-csv-'));
    try {
      const file = join(dir, 'answers.csv');
      writeFileSync(file, text);
      const db = await DuckDBInstance.create(':memory:');
      const connection = await db.connect();
      const result = await connection.runAndReadAll(`SELECT * FROM read_csv('${file}')`);
      const rows = result.getRowObjectsJS();
      expect(result.columnNames().slice(0, 6)).toEqual(['session', 'workshop', 'session date', 'round', 'round label', 'participant']);
      // DuckDB typed the text columns as VARCHAR: they come back as strings.
      expect(rows.map((r) => (typeof r.name === 'string' && typeof r.concern === 'string' ? `${r.name} · ${r.concern}` : 'not text')).sort()).toEqual(expected);
      expect(rows.every((r) => r.session === session.title && r.round === 1n)).toBe(true);
      connection.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('XLSX: a workbook with the heatmap and the answers as sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/sessions/${session.id}/export.xlsx`)).body as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Heatmap', 'Answers']));
    expect(workbook.getWorksheet('Answers')!.actualRowCount).toBeGreaterThanOrEqual(13);
  });

  it('JSON and the ownership draft carry the same aggregates', async () => {
    const json = JSON.parse((await download(`/api/sessions/${session.id}/export.json`)).body.toString()) as { rounds?: { heatmap?: THeatmap }[] } & Record<string, unknown>;
    expect(JSON.stringify(json)).toContain(String(heatmap.concerns[1]!.agreement));
    const md = (await download(`/api/sessions/${session.id}/export.md`)).body.toString();
    expect(md).toContain(`| ${session.concerns[0]!.title}`);
    expect(md).toMatch(/OVERLAP/);
    expect(md).toContain(pct(heatmap.threshold));
  });

  it('through a report link: the same files, never with names', async () => {
    const { res, body } = await download(`/api/reports/${link.token}/export.csv`, false);
    expect(res.status).toBe(200);
    const text = body.toString();
    expect(text).not.toContain('Person 0');
    expect(parse(text, { columns: true, bom: true })).toHaveLength(12);
  });

  it('refuses an unknown format, a stranger, and a revoked link with coded errors', async () => {
    const unknown = await download(`/api/sessions/${session.id}/export.docx`);
    expect(unknown.res.status).toBe(404);
    expect(JSON.parse(unknown.body.toString())).toMatchObject({ code: 'export/unknown-format' });
    const stranger = await signUp(server.url);
    const res = await fetch(`${server.url}/api/sessions/${session.id}/export.csv`, { headers: { cookie: stranger.cookie! } });
    expect(res.status).toBe(404);
    const extra = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
    await owner.delete(`/api/sessions/${session.id}/share/${extra.token}`);
    const revoked = await download(`/api/reports/${extra.token}/export.pdf`, false);
    expect(revoked.res.status).toBe(404);
    expect(JSON.parse(revoked.body.toString())).toMatchObject({ code: 'report/not-found' });
  });

  it('a session with no answers yet exports valid files that say so', async () => {
    const empty = await liveSession(owner);
    const pdf = await download(`/api/sessions/${empty.id}/export.pdf`);
    expect(pdf.res.status).toBe(200);
    expect((await new PDFParse({ data: pdf.body }).getText()).text).toContain('No answers yet');
    const png = await download(`/api/sessions/${empty.id}/export.png`);
    expect(PNG.sync.read(png.body).width).toBeGreaterThanOrEqual(1600);
    // The CSV of no answers is its header row alone; the JSON beside it says why.
    const csv = (await download(`/api/sessions/${empty.id}/export.csv`)).body.toString();
    expect(parse(csv, { columns: true, bom: true })).toEqual([]);
    expect(csv.startsWith('\uFEFFsession,workshop,session date,round,round label,participant,')).toBe(true);
    expect(JSON.parse((await download(`/api/sessions/${empty.id}/export.json`)).body.toString())).toMatchObject({ empty: true, message: 'No answers yet' });
  });
});
