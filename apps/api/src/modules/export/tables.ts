import { createHash } from 'node:crypto';
import { hiddenSegments, ownerSetOf } from '@thinline/shared';
import type { THeatmap } from '@thinline/shared';
import { lastRound, ownRoleName } from './export-bundle.js';
import type { ExportAnswer, ExportBundle } from './export-bundle.js';
import { exportText, hiddenOwnRoleLabel, honestRowStatus, statusLabel } from './format.js';

/**
 * The two tables behind the CSV and XLSX exports, as typed cells. Each file formats them
 * its own way (text with one decimal in CSV, numbers with a percent format in XLSX), so the
 * rows, the pseudonyms and the anonymity rules are defined once.
 */

export type CellKind = 'text' | 'share' | 'count' | 'number' | 'date' | 'status';
export type Cell = string | number | Date | null;

export interface TableColumn {
  /** the column's heading in the export's language */
  header: string;
  /** the column's stable English name, for code that treats a column specially */
  name?: string;
  kind: CellKind;
  /** for share columns: the role id, or 'nobody' / 'agreement'. */
  key?: string;
}

export interface Table {
  columns: TableColumn[];
  rows: Cell[][];
}

export interface AnswersTableOptions {
  /** print no names even in a named session (e.g. for a read-only report link). */
  anonymize?: boolean;
}

/**
 * Opaque participant numbers, P001, P002, ...: stable for a session (the same person gets the
 * same number in every export), but ordered by a hash rather than by joining time, so the
 * number does not hint at who arrived when.
 */
export function participantPseudonyms(sessionId: string, participantIds: Iterable<string>): Map<string, string> {
  const ids = [...new Set(participantIds)];
  const hashed = ids.map((id) => ({ id, h: createHash('sha256').update(`${sessionId}:${id}`).digest('hex') })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const digits = Math.max(3, String(ids.length).length);
  return new Map(hashed.map(({ id }, i) => [id, `P${String(i + 1).padStart(digits, '0')}`]));
}

/** True when names may be printed: a named session and not anonymized for this audience. */
export function showsNames(bundle: ExportBundle, options: AnswersTableOptions = {}): boolean {
  return bundle.session.settings.anonymity === 'named' && options.anonymize !== true;
}


/**
 * One row per participant and concern of the last round. The own role of a participant whose
 * segment is hidden (fewer than k participants, or pooled with such a role until the hidden
 * group holds k: the heatmap's own rule) is replaced by "(hidden: fewer than k)", so a split
 * by role cannot single out the one or two people in it, not even as the only hidden role;
 * names appear only in named sessions.
 */
export function answersTable(bundle: ExportBundle, options: AnswersTableOptions = {}): Table {
  const { settings } = bundle.session;
  const k = settings.minSegmentSize;
  const names = showsNames(bundle, options);
  const raciMode = settings.answerMode === 'raci';
  const roleOrder = new Map(bundle.roles.map((r, i) => [r.id, i]));
  const roleName = new Map(bundle.roles.map((r) => [r.id, r.name]));
  const concerns = new Map(bundle.concerns.map((c, i) => [c.id, { concern: c, index: i }]));
  const pseudonyms = participantPseudonyms(bundle.session.id, bundle.answers.map((a) => a.participantId));
  const hiddenRoles = hiddenSegments(bundle.participants.byRole, k);
  const tx = exportText(bundle);
  const { t } = tx;
  const choiceText: Record<ExportAnswer['choice'], string> = { owners: t('export.table.choiceOwners'), nobody: t('export.table.choiceNobody'), unknown: t('export.table.choiceUnknown') };

  const columns: TableColumn[] = [
    { header: t('export.table.session'), kind: 'text' },
    { header: t('export.table.round'), kind: 'count' },
    { header: t('export.table.participant'), kind: 'text' },
    ...(names ? [{ header: t('export.table.name'), kind: 'text' as const }] : []),
    { header: t('export.table.ownRole'), kind: 'text' },
    { header: t('export.table.concern'), name: 'concern', kind: 'text' },
    { header: t('export.table.category'), kind: 'text' },
    { header: t('export.table.choice'), kind: 'text' },
    { header: t('export.table.owners'), kind: 'text' },
    ...(raciMode ? bundle.roles.map((r) => ({ header: `RACI: ${r.name}`, kind: 'text' as const, key: r.id })) : []),
    { header: t('export.table.confidence'), kind: 'number' },
    { header: t('export.table.comment'), name: 'comment', kind: 'text' },
    { header: t('export.table.answeredAt'), kind: 'date' },
  ];

  const sorted = [...bundle.answers].sort(
    (a, b) =>
      (pseudonyms.get(a.participantId) ?? '').localeCompare(pseudonyms.get(b.participantId) ?? '') ||
      (concerns.get(a.concernId)?.index ?? 0) - (concerns.get(b.concernId)?.index ?? 0),
  );
  const rows = sorted.map((a): Cell[] => {
    const concern = concerns.get(a.concernId)?.concern;
    const segmentSize = bundle.participants.byRole[a.ownRole] ?? 0;
    const owners = a.choice === 'owners' ? ownerSetOf({ choice: a.choice, owners: a.owners, raci: a.raci }) : [];
    owners.sort((x, y) => (roleOrder.get(x) ?? Infinity) - (roleOrder.get(y) ?? Infinity));
    return [
      bundle.session.title,
      a.round,
      pseudonyms.get(a.participantId) ?? '',
      ...(names ? [a.participantName] : []),
      segmentSize < k || hiddenRoles.has(a.ownRole) ? hiddenOwnRoleLabel(k, tx) : ownRoleName(bundle.roles, a.ownRole, tx),
      concern?.title ?? a.concernId,
      concern?.category ?? '',
      choiceText[a.choice],
      owners.map((id) => roleName.get(id) ?? id).join('; '),
      ...(raciMode ? bundle.roles.map((r) => a.raci?.[r.id] ?? null) : []),
      a.confidence,
      a.comment,
      a.answeredAt,
    ];
  });
  return { columns, rows };
}

/**
 * One row per concern: the aggregate numbers of a heatmap (default: the last round's whole
 * room) as fractions. A concern without numbers (no answers, or hidden) gets empty cells,
 * as the screen shows "–".
 */
export function matrixTable(bundle: ExportBundle, heatmap: THeatmap = lastRound(bundle)): Table {
  const roleName = new Map(bundle.roles.map((r) => [r.id, r.name]));
  const aggregates = new Map(heatmap.concerns.map((c) => [c.concernId, c]));
  const tx = exportText(bundle);
  const { t } = tx;
  const columns: TableColumn[] = [
    { header: t('export.table.concern'), name: 'concern', kind: 'text' },
    { header: t('export.table.category'), kind: 'text' },
    { header: t('export.table.status'), kind: 'status' },
    { header: t('export.table.owners'), kind: 'text' },
    ...bundle.roles.map((r) => ({ header: t('export.table.percentOf', { name: r.name }), kind: 'share' as const, key: r.id })),
    { header: t('export.table.percentOf', { name: t('export.table.nobody') }), kind: 'share', key: 'nobody' },
    { header: t('export.table.percentOf', { name: t('export.table.agreement') }), kind: 'share', key: 'agreement' },
    { header: t('export.table.answered'), kind: 'count' },
    { header: t('export.table.unknown'), kind: 'count' },
  ];
  const rows = bundle.concerns.map((concern): Cell[] => {
    const a = aggregates.get(concern.id);
    const status = honestRowStatus(a, heatmap);
    // A hidden concern has no numbers (null, an empty cell); one with no answers has counts of 0 but no shares.
    const numbers = a !== undefined && !a.suppressed && !heatmap.suppressed ? a : undefined;
    const shown = numbers !== undefined && status !== 'no data';
    return [
      concern.title,
      concern.category,
      statusLabel(status, tx),
      shown ? numbers.owners.map((id) => roleName.get(id) ?? id).join('; ') : '',
      ...bundle.roles.map((r) => (shown ? (numbers.shares[r.id] ?? 0) : null)),
      shown ? numbers.nobody : null,
      shown ? numbers.agreement : null,
      numbers ? numbers.answered : null,
      numbers ? numbers.unknown : null,
    ];
  });
  return { columns, rows };
}
