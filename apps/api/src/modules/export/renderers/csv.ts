import { stringify } from 'csv-stringify/sync';
import { hasAnswers, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { NO_ANSWERS, isoDate, legendLines, percentOneDecimal, roundLabel, thresholdLabel } from '../format.js';
import { answersTable, matrixTable } from '../tables.js';
import type { AnswersTableOptions, Cell, CellKind, Table } from '../tables.js';

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

/** One line per comment row: the header block every CSV starts with, so the file states what it is. */
function preamble(bundle: ExportBundle, what: string, extra: string[]): string {
  const { settings } = bundle.session;
  const lines = [
    `Thinline ${what}`,
    `Session: ${bundle.session.title}`,
    `Workshop: ${bundle.session.workshopTitle}`,
    `Date: ${isoDate(sessionDate(bundle))}`,
    `Participants: ${bundle.participants.total}`,
    `Threshold: ${thresholdLabel(settings.threshold)}; segments with fewer than ${settings.minSegmentSize} respondents are hidden (k = ${settings.minSegmentSize})`,
    `Round: ${roundLabel(bundle)}`,
    ...extra,
    ...(hasAnswers(bundle) ? [] : [NO_ANSWERS]),
  ];
  return lines.map((l) => `# ${l.replace(/\s+/g, ' ').trim()}\n`).join('');
}

function table(t: Table): string {
  return stringify(
    t.rows.map((row) => row.map((v, i) => cell(v, t.columns[i]?.kind ?? 'text'))),
    {
      header: true,
      columns: t.columns.map((c) => c.header),
      // a '#' inside an unquoted field would read as a comment to a parser told to skip the preamble
      quoted_match: '#',
    },
  );
}

/**
 * The CSV export: a short '#' comment block (title, date, participants, θ, round), then the
 * table. UTF-8 with a byte-order mark, so spreadsheet programs read θ and accented names.
 */
export function renderCsv(bundle: ExportBundle, options: CsvOptions = {}): string {
  const { settings } = bundle.session;
  if (options.table === 'matrix') {
    const legend = legendLines(settings.threshold, settings.minSegmentSize);
    return `\uFEFF${preamble(bundle, 'aggregate matrix: one row per concern; shares in percent with 1 decimal', legend)}${table(matrixTable(bundle))}`;
  }
  return `\uFEFF${preamble(bundle, 'answers: one row per participant and concern', [
    settings.anonymity === 'anonymous' || options.anonymize ? 'Participants are numbered; names are not exported.' : 'Participants are numbered; names as they gave them.',
  ])}${table(answersTable(bundle, options))}`;
}
