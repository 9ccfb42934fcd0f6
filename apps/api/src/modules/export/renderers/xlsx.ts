import { BADGE_STYLES, MUTED, NO_DATA_FILL, shareColor, textColorFor } from '@thinline/heatmap';
import { OTHER_ROLE, type RowStatus, type THeatmap, type TLocale, UNDISCLOSED_ROLE } from '@thinline/shared';
import ExcelJS from 'exceljs';
import { checksOf, decisionOf, hasAnswers, ownRoleName, segmentRoleIds, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { summarize } from '../export-summary.js';
import { type ExportMessageId, type Translator, translator } from '../../../i18n/translator.js';
import {
  answersTableNote,
  exportText,
  noAnswers,
  XLSX_PERCENT_FORMAT,
  hiddenCountLabel,
  legendLines,
  participantLabelsNote,
  percentWhole,
  roundLabel,
  roundWithLabel,
  honestRowStatus,
  participantsLabel,
  raciCheckLabel,
  sessionStatusLabel,
  statusLabel,
  subtitle,
  thresholdLabel,
} from '../format.js';
import { answersTable, matrixTable, showsNames } from '../tables.js';
import type { AnswersTableOptions } from '../tables.js';

export type XlsxOptions = AnswersTableOptions;

/** The sheets, in order. */
export const XLSX_SHEET_IDS = ['heatmap', 'answers', 'segments', 'rounds', 'decisions', 'followUps', 'about'] as const;
export type XlsxSheetId = (typeof XLSX_SHEET_IDS)[number];

const SHEET_KEYS: Record<XlsxSheetId, ExportMessageId> = {
  heatmap: 'export.xlsx.sheet.heatmap',
  answers: 'export.xlsx.sheet.answers',
  segments: 'export.xlsx.sheet.segments',
  rounds: 'export.xlsx.sheet.rounds',
  decisions: 'export.xlsx.sheet.decisions',
  followUps: 'export.xlsx.sheet.followUps',
  about: 'export.xlsx.sheet.about',
};

/**
 * The sheet names in the session's language, in order (an integration that reads a sheet by
 * name reads it for one language, or by position). Excel refuses a name over 31 characters
 * or with any of [ ] : * ? / \; the catalogues' names are checked against that for every locale.
 */
export function xlsxSheetNames(locale: TLocale): string[] {
  const { t } = translator(locale);
  return XLSX_SHEET_IDS.map((id) => t(SHEET_KEYS[id]));
}

/** The English sheet names. */
export const XLSX_SHEETS = xlsxSheetNames('en');

function addSheet(wb: ExcelJS.Workbook, id: XlsxSheetId, tx: Translator): ExcelJS.Worksheet {
  return wb.addWorksheet(tx.t(SHEET_KEYS[id]));
}

const CONVERGENCE_FORMAT = '+0.0%;-0.0%;0.0%';
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/** A status cell in the badge's colours (packages/heatmap theme), as the picture shows it. */
function statusCell(c: ExcelJS.Cell, status: RowStatus, tx: Translator): void {
  const { fill } = BADGE_STYLES[status];
  c.value = statusLabel(status, tx);
  c.fill = solid(fill);
  c.font = { bold: true, color: { argb: argb(textColorFor(fill)) } };
}

/** Title, subtitle and the "what is this" line at the top of a sheet; returns the next free row. */
function titleBlock(sheet: ExcelJS.Worksheet, title: string, lines: string[]): number {
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  lines.forEach((line, i) => {
    sheet.getCell(2 + i, 1).value = line;
    sheet.getCell(2 + i, 1).font = { size: 11, color: { argb: argb(MUTED) } };
  });
  return 2 + lines.length + 1;
}

function headerRow(sheet: ExcelJS.Worksheet, row: number, headers: string[]): void {
  headers.forEach((h, i) => {
    const c = sheet.getCell(row, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'bottom' };
    c.border = { bottom: { style: 'medium' } };
  });
}

/**
 * Writes a matrix table at `row` with the heatmap's colours: share cells filled from the same
 * scale as the picture (numbers stay exact; the format shows one decimal), owner cells bold
 * with a thick border, status cells in the badge colours. Returns the next free row.
 */
function writeMatrix(sheet: ExcelJS.Worksheet, row: number, bundle: ExportBundle, heatmap: THeatmap): number {
  const table = matrixTable(bundle, heatmap);
  headerRow(sheet, row, table.columns.map((c) => c.header));
  // role names wrap onto up to three lines; spreadsheets do not grow the row by themselves
  sheet.getRow(row).height = 48;
  const aggregates = new Map(heatmap.concerns.map((a) => [a.concernId, a]));
  // matrixTable has one row per concern in the bundle's order
  const concernIds = bundle.concerns.map((c) => c.id);
  table.rows.forEach((values, r) => {
    const excelRow = row + 1 + r;
    const aggregate = aggregates.get(concernIds[r] ?? '');
    values.forEach((value, i) => {
      const column = table.columns[i];
      const c = sheet.getCell(excelRow, i + 1);
      c.value = value;
      if (!column) return;
      if (column.kind === 'share') {
        c.numFmt = XLSX_PERCENT_FORMAT;
        c.alignment = { horizontal: 'center' };
        if (column.key === 'agreement') {
          if (value === null) c.value = '–';
          return;
        }
        const fill = typeof value === 'number' ? shareColor(value) : NO_DATA_FILL;
        c.fill = solid(fill);
        const owner = typeof value === 'number' && column.key !== 'nobody' && aggregate?.owners.includes(column.key ?? '') === true;
        c.font = { bold: owner, color: { argb: argb(textColorFor(fill)) } };
        if (owner) c.border = { top: { style: 'thick' }, bottom: { style: 'thick' }, left: { style: 'thick' }, right: { style: 'thick' } };
        if (value === null) c.value = '–';
      } else if (column.kind === 'status') {
        // the status of the row's concern, as the table printed it
        statusCell(c, honestRowStatus(aggregate, heatmap), exportText(bundle));
        c.alignment = { horizontal: 'center' };
      }
    });
  });
  return row + 1 + table.rows.length;
}

function widths(sheet: ExcelJS.Worksheet, widthsByColumn: number[]): void {
  widthsByColumn.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

function heatmapSheet(wb: ExcelJS.Workbook, bundle: ExportBundle): void {
  const summary = summarize(bundle);
  const tx = exportText(bundle);
  const sheet = addSheet(wb, 'heatmap', tx);
  const { settings } = bundle.session;
  let row = titleBlock(sheet, bundle.session.title, [subtitle(bundle), tx.t('export.xlsx.heatmapLine', { round: roundLabel(bundle), threshold: thresholdLabel(settings.threshold, tx) })]);
  const header = row;
  row = writeMatrix(sheet, row, bundle, summary.heatmap);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header, topLeftCell: `B${header + 1}`, activeCell: `B${header + 1}` }];
  row += 1;
  for (const line of [...(summary.empty ? [noAnswers(tx)] : []), ...legendLines(settings.threshold, settings.minSegmentSize, tx)]) {
    sheet.getCell(row++, 1).value = line;
  }
  widths(sheet, [40, 18, 12, 34, ...bundle.roles.map(() => 14), 12, 13, 11, 11]);
}

function answersSheet(wb: ExcelJS.Workbook, bundle: ExportBundle, options: XlsxOptions): void {
  const tx = exportText(bundle);
  const sheet = addSheet(wb, 'answers', tx);
  const table = answersTable(bundle, options);
  const header = titleBlock(sheet, bundle.session.title, [subtitle(bundle), tx.t('export.xlsx.answersIntro')]);
  headerRow(sheet, header, table.columns.map((c) => c.header));
  table.rows.forEach((values, r) => {
    values.forEach((value, i) => {
      const c = sheet.getCell(header + 1 + r, i + 1);
      c.value = value;
      if (table.columns[i]?.kind === 'date') c.numFmt = DATE_FORMAT;
      if (table.columns[i]?.name === 'comment') c.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  if (table.rows.length === 0) sheet.getCell(header + 1, 1).value = noAnswers(tx);
  else sheet.autoFilter = { from: { row: header, column: 1 }, to: { row: header + table.rows.length, column: table.columns.length } };
  sheet.views = [{ state: 'frozen', ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }];
  widths(sheet, table.columns.map((c) => (c.name === 'comment' ? 48 : c.name === 'concern' ? 34 : c.kind === 'date' ? 18 : c.kind === 'text' ? 22 : 11)));
}

function segmentsSheet(wb: ExcelJS.Workbook, bundle: ExportBundle): void {
  const tx = exportText(bundle);
  const sheet = addSheet(wb, 'segments', tx);
  const k = bundle.session.settings.minSegmentSize;
  const fewer = hiddenCountLabel(k, tx);
  let row = titleBlock(sheet, bundle.session.title, [subtitle(bundle), tx.t('export.xlsx.segmentsIntro', { fewer })]);
  if (bundle.segments.length === 0) sheet.getCell(row, 1).value = noAnswers(tx);
  for (const s of bundle.segments) {
    const c = sheet.getCell(row, 1);
    const who = s.roleId === OTHER_ROLE ? tx.t('export.xlsx.asOtherRoles') : s.roleId === UNDISCLOSED_ROLE ? tx.t('export.xlsx.asUndisclosed') : tx.t('export.xlsx.asRole', { role: s.roleName });
    c.value = s.heatmap.suppressed
      ? tx.t('export.xlsx.segmentHidden', { who, fewer })
      : tx.t('export.xlsx.segmentShown', { who, participants: participantsLabel(s.heatmap.participants, tx) });
    c.font = { bold: true, size: 13 };
    row += 1;
    if (!s.heatmap.suppressed) row = writeMatrix(sheet, row, bundle, s.heatmap);
    row += 1;
  }
  widths(sheet, [40, 18, 12, 34, ...bundle.roles.map(() => 14), 12, 13, 11, 11]);
}

function roundsSheet(wb: ExcelJS.Workbook, bundle: ExportBundle): void {
  const tx = exportText(bundle);
  const { t } = tx;
  const sheet = addSheet(wb, 'rounds', tx);
  const summary = summarize(bundle);
  const roleName = new Map(bundle.roles.map((r) => [r.id, r.name]));
  const header = titleBlock(sheet, bundle.session.title, [subtitle(bundle), t('export.xlsx.roundsIntro')]);
  const named = (h: THeatmap) => roundWithLabel(bundle, h.round);
  const headers = [
    t('export.table.concern'),
    t('export.table.category'),
    ...bundle.rounds.flatMap((h) => [t('export.xlsx.roundStatus', { round: named(h) }), t('export.xlsx.roundOwners', { round: named(h) }), t('export.xlsx.roundAgreement', { round: named(h) })]),
    t('export.xlsx.convergence'),
  ];
  headerRow(sheet, header, headers);
  summary.concerns.forEach((insight, r) => {
    const row = header + 1 + r;
    sheet.getCell(row, 1).value = insight.concern.title;
    sheet.getCell(row, 2).value = insight.concern.category;
    bundle.rounds.forEach((h, i) => {
      const a = h.concerns.find((c) => c.concernId === insight.concern.id);
      const base = 3 + i * 3;
      statusCell(sheet.getCell(row, base), honestRowStatus(a, h), tx);
      sheet.getCell(row, base + 1).value = a ? a.owners.map((id) => roleName.get(id) ?? id).join('; ') : '';
      const ag = sheet.getCell(row, base + 2);
      ag.value = a?.agreement ?? null;
      ag.numFmt = XLSX_PERCENT_FORMAT;
    });
    const conv = sheet.getCell(row, 3 + bundle.rounds.length * 3);
    conv.value = insight.convergence;
    conv.numFmt = CONVERGENCE_FORMAT;
  });
  const note = header + 2 + summary.concerns.length;
  if (!summary.multiRound) sheet.getCell(note, 1).value = t('export.xlsx.oneRound');
  widths(sheet, [40, 18, ...bundle.rounds.flatMap(() => [12, 30, 14]), 16]);
}

function decisionsSheet(wb: ExcelJS.Workbook, bundle: ExportBundle): void {
  const tx = exportText(bundle);
  const { t } = tx;
  const sheet = addSheet(wb, 'decisions', tx);
  const header = titleBlock(sheet, bundle.session.title, [subtitle(bundle), t('export.xlsx.decisionsIntro')]);
  headerRow(sheet, header, [
    t('export.table.concern'),
    t('export.table.category'),
    t('export.xlsx.col.decided'),
    ...bundle.roles.map((r) => r.name),
    t('export.xlsx.col.rationale'),
    t('export.xlsx.col.dissent'),
    t('export.xlsx.col.decidedAt'),
    t('export.xlsx.col.roomChecks'),
  ]);
  bundle.concerns.forEach((concern, r) => {
    const d = decisionOf(bundle, concern.id);
    const values: (string | null)[] = [
      concern.title,
      concern.category,
      t(d ? 'export.xlsx.yes' : 'export.xlsx.no'),
      ...bundle.roles.map((role) => d?.raci[role.id] ?? ''),
      d?.rationale ?? '',
      d?.dissent ?? '',
      d ? d.decidedAt : '',
      checksOf(bundle, concern.id).map((k) => raciCheckLabel(k, tx)).join('; '),
    ];
    values.forEach((v, i) => {
      const c = sheet.getCell(header + 1 + r, i + 1);
      c.value = v;
      if (i >= 3 && i < 3 + bundle.roles.length) c.alignment = { horizontal: 'center' };
    });
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header, topLeftCell: `B${header + 1}`, activeCell: `B${header + 1}` }];
  widths(sheet, [40, 18, 9, ...bundle.roles.map(() => 14), 48, 40, 24, 30]);
}

const FOLLOW_UP_STATUS_KEYS: Record<ExportBundle['followUps'][number]['status'], ExportMessageId> = {
  open: 'export.followUp.open',
  done: 'export.followUp.done',
  dropped: 'export.followUp.dropped',
};

function followUpsSheet(wb: ExcelJS.Workbook, bundle: ExportBundle): void {
  const tx = exportText(bundle);
  const { t } = tx;
  const sheet = addSheet(wb, 'followUps', tx);
  const header = titleBlock(sheet, bundle.session.title, [subtitle(bundle), t('export.xlsx.followUpsIntro')]);
  headerRow(sheet, header, [
    t('export.xlsx.col.followUp'),
    t('export.table.concern'),
    t('export.xlsx.col.owningRole'),
    t('export.xlsx.col.person'),
    t('export.xlsx.col.due'),
    t('export.table.status'),
    t('export.xlsx.col.createdAt'),
  ]);
  bundle.followUps.forEach((f, r) => {
    const values = [
      f.title,
      bundle.concerns.find((c) => c.id === f.concernId)?.title ?? '',
      bundle.roles.find((role) => role.id === f.ownerRoleId)?.name ?? '',
      f.assignee ?? '',
      f.dueOn ?? '',
      t(FOLLOW_UP_STATUS_KEYS[f.status]),
      f.createdAt,
    ];
    values.forEach((v, i) => (sheet.getCell(header + 1 + r, i + 1).value = v));
  });
  if (bundle.followUps.length === 0) sheet.getCell(header + 1, 1).value = t('export.pdf.noFollowUps');
  widths(sheet, [48, 34, 22, 22, 12, 10, 24]);
}

function aboutSheet(wb: ExcelJS.Workbook, bundle: ExportBundle, options: XlsxOptions): void {
  const tx = exportText(bundle);
  const { t } = tx;
  const sheet = addSheet(wb, 'about', tx);
  const { session } = bundle;
  const { settings } = session;
  const k = settings.minSegmentSize;
  let row = titleBlock(sheet, session.title, [subtitle(bundle)]);
  const pairs: [string, string | number][] = [
    [t('export.xlsx.about.title'), session.title],
    [t('export.pdf.workshop'), session.workshopTitle],
    [t('export.pdf.date'), tx.date(sessionDate(bundle))],
    [t('export.col.status'), sessionStatusLabel(session.status, tx)],
    [t('export.pdf.participants'), bundle.participants.total],
    ...segmentRoleIds(bundle.roles, bundle.participants.byRole).map((id): [string, string | number] => {
      const n = bundle.participants.byRole[id] ?? 0;
      return [`  ${ownRoleName(bundle.roles, id, tx)}`, n > 0 && n < k ? hiddenCountLabel(k, tx) : n];
    }),
    [t('export.xlsx.about.threshold'), t('export.xlsx.about.thresholdValue', { percent: percentWhole(settings.threshold, tx) })],
    [t('export.xlsx.about.minSegmentSize'), k],
    [t('export.pdf.answerMode'), t(settings.answerMode === 'raci' ? 'export.xlsx.answerMode.raci' : 'export.xlsx.answerMode.owners')],
    [t('export.pdf.anonymity'), t(settings.anonymity === 'anonymous' ? 'export.xlsx.anonymity.anonymous' : 'export.xlsx.anonymity.named')],
    [t('export.pdf.rounds'), bundle.rounds.length],
    [t('export.pdf.generated'), tx.dateTime(bundle.generatedAt)],
    [t('export.xlsx.about.answers'), answersTableNote(tx)],
    [t('export.xlsx.about.participantLabels'), participantLabelsNote(showsNames(bundle, options), tx)],
  ];
  if (!hasAnswers(bundle)) pairs.push([t('export.xlsx.about.noAnswers'), noAnswers(tx)]);
  for (const [label, value] of pairs) {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { bold: true };
    sheet.getCell(row, 2).value = value;
    sheet.getCell(row, 2).alignment = { horizontal: 'left' };
    row++;
  }
  row++;
  sheet.getCell(row, 1).value = t('export.pdf.legend');
  sheet.getCell(row++, 1).font = { bold: true, size: 13 };
  sheet.getCell(row++, 1).value = t('export.xlsx.about.scale');
  const steps = 10;
  for (let i = 0; i <= steps; i++) {
    const c = sheet.getCell(row, 2 + i);
    const share = i / steps;
    c.value = share;
    c.numFmt = '0%';
    c.fill = solid(shareColor(share));
    c.font = { color: { argb: argb(textColorFor(shareColor(share))) } };
    c.alignment = { horizontal: 'center' };
  }
  row += 2;
  for (const line of legendLines(settings.threshold, k, tx)) sheet.getCell(row++, 1).value = line;
  widths(sheet, [30, 14, ...Array.from({ length: 10 }, () => 7)]);
}

/** The XLSX export: sheets Heatmap, Answers, Segments, Rounds, Decisions, Follow-ups and About, named and written in the session's language. */
export async function renderXlsx(bundle: ExportBundle, options: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thinline';
  wb.title = bundle.session.title;
  // fixed dates keep the file the same for the same session and export time
  wb.created = bundle.generatedAt;
  wb.modified = bundle.generatedAt;
  heatmapSheet(wb, bundle);
  answersSheet(wb, bundle, options);
  segmentsSheet(wb, bundle);
  roundsSheet(wb, bundle);
  decisionsSheet(wb, bundle);
  followUpsSheet(wb, bundle);
  aboutSheet(wb, bundle, options);
  // printed, each sheet is as wide as one landscape page
  for (const sheet of wb.worksheets) sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
