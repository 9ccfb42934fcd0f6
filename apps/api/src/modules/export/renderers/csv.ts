import { stringify } from 'csv-stringify/sync';
import { lastRound, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { exportText, isoDate, percentOneDecimal } from '../format.js';
import { answersTable, matrixTable } from '../tables.js';
import type { AnswersTableOptions, Cell, CellKind, Table, TableColumn } from '../tables.js';

export type CsvTable = 'answers' | 'matrix';

export interface CsvOptions extends AnswersTableOptions {
  /** 'answers' (default): one row per participant and concern; 'matrix': one row per concern. */
  table?: CsvTable;
}

/**
 * A spreadsheet treats a cell starting with one of these as a formula; a comment such as
 * =HYPERLINK(...) must stay text (OWASP "CSV injection"), so such text gets a leading '.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: Cell, kind: CellKind): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') {
    if (kind === 'share') return percentOneDecimal(value);
    return String(value);
  }
  return text(value);
}

/**
 * The session's context as leading columns, the same value on every row: what a comment
 * block above the header used to say, now where a data tool keeps it (several sessions'
 * files concatenate into one table). The rest of the old preamble (what the file is, how
 * participants are labelled, "No answers yet") is in the XLSX About sheet and the JSON.
 */
function withSessionColumns(t: Table, bundle: ExportBundle, columns: readonly SessionColumn[], at = 0): Table {
  const { settings } = bundle.session;
  const tx = exportText(bundle);
  // the headers speak the session's language; the date stays ISO 8601, as data tools read it
  const values: Record<SessionColumn, [TableColumn, Cell]> = {
    session: [{ header: tx.t('export.table.session'), kind: 'text' }, bundle.session.title],
    workshop: [{ header: tx.t('export.csv.workshop'), kind: 'text' }, bundle.session.workshopTitle],
    'session date': [{ header: tx.t('export.csv.sessionDate'), kind: 'text' }, isoDate(sessionDate(bundle))],
    round: [{ header: tx.t('export.table.round'), kind: 'count' }, lastRound(bundle).round],
    'round label': [{ header: tx.t('export.csv.roundLabel'), kind: 'text' }, bundle.session.rounds.find((r) => r.round === lastRound(bundle).round)?.label ?? null],
    participants: [{ header: tx.t('export.csv.participants'), kind: 'count' }, bundle.participants.total],
    threshold: [{ header: tx.t('export.csv.threshold'), kind: 'share' }, settings.threshold],
    k: [{ header: tx.t('export.csv.minSegmentSize'), kind: 'count' }, settings.minSegmentSize],
  };
  return {
    columns: [...t.columns.slice(0, at), ...columns.map((c) => values[c][0]), ...t.columns.slice(at)],
    rows: t.rows.map((row) => [...row.slice(0, at), ...columns.map((c) => values[c][1]), ...row.slice(at)]),
  };
}

type SessionColumn = 'session' | 'workshop' | 'session date' | 'round' | 'round label' | 'participants' | 'threshold' | 'k';

function table(t: Table): string {
  return stringify(
    t.rows.map((row) => row.map((v, i) => cell(v, t.columns[i]?.kind ?? 'text'))),
    // RFC 4180: CRLF between records (a line break inside a quoted comment stays as typed).
    { header: true, columns: t.columns.map((c) => c.header), record_delimiter: 'windows' },
  );
}

/**
 * The CSV export: a header row, then one row per answer (or per concern for the matrix),
 * tidy for data tools (pandas, DuckDB, R) with their default options: no comment lines.
 * UTF-8 with a byte-order mark, so spreadsheet programs read θ and accented names.
 */
export function renderCsv(bundle: ExportBundle, options: CsvOptions = {}): string {
  if (options.table === 'matrix') {
    return `\uFEFF${table(withSessionColumns(matrixTable(bundle), bundle, ['session', 'workshop', 'session date', 'round', 'round label', 'participants', 'threshold', 'k']))}`;
  }
  // answersTable starts with session and round; the round's label follows the round, the workshop and the date go between them.
  return `\uFEFF${table(withSessionColumns(withSessionColumns(answersTable(bundle, options), bundle, ['round label'], 2), bundle, ['workshop', 'session date'], 1))}`;
}
