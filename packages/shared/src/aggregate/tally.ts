import { parseAnswerKey, type AnswerKey } from './answer-key.js';

/** One participant's answer as the tally sees it. */
export interface AnswerEntry {
  key: AnswerKey;
  /** 1-5, or null when the participant gave none. */
  confidence: number | null;
}

/**
 * One change to the tally: `from` is the participant's previous answer to the concern in
 * the round (null = a new answer), `to` the new one (null = the answer was removed).
 * `ownRole` is the participant's own role (the segment the answer counts in).
 */
export interface TallyDelta {
  round: number;
  concernId: string;
  ownRole: string;
  from: AnswerEntry | null;
  to: AnswerEntry | null;
}

/**
 * One group of answers, as `SELECT round, concern_id, own_role, key, COUNT(*) AS count,
 * COALESCE(SUM(confidence), 0) AS confidence_sum, COUNT(confidence) AS confidence_count
 * ... GROUP BY round, concern_id, own_role, key` returns it.
 */
export interface TallyRow {
  round: number;
  concernId: string;
  ownRole: string;
  key: AnswerKey;
  count: number;
  confidenceSum: number;
  confidenceCount: number;
}

/** A delta or row that does not fit the tally (e.g. removing an answer it never counted). */
export class TallyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TallyError';
  }
}

interface Cell {
  count: number;
  confidenceSum: number;
  confidenceCount: number;
}

type KeyCells = Map<AnswerKey, Cell>;
type RoleCells = Map<string, KeyCells>;
type ConcernCells = Map<string, RoleCells>;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertRound(round: number): void {
  if (!Number.isInteger(round) || round < 1) throw new TallyError(`round must be an integer >= 1, got ${round}`);
}

function assertEntry(entry: AnswerEntry, what: string): void {
  try {
    parseAnswerKey(entry.key);
  } catch {
    throw new TallyError(`${what}: not a canonical answer key: ${JSON.stringify(entry.key)}`);
  }
  if (entry.confidence !== null && !Number.isFinite(entry.confidence)) {
    throw new TallyError(`${what}: confidence must be a finite number or null`);
  }
}

/**
 * The live answer counts of one session, per round, concern, own role and answer key.
 * Memory and every operation are O(distinct keys), never O(participants): a cell holds a
 * count and the confidence sum/count of the answers with that key. Empty cells are
 * removed, so two tallies over the same answers are structurally equal.
 */
export class SessionTally {
  private readonly byRound = new Map<number, ConcernCells>();

  /**
   * Moves one answer: removes `from` (if any) and adds `to` (if any). Atomic: when the
   * delta does not fit (removing an answer that is not counted), it throws a TallyError
   * and leaves the tally unchanged; the server should then rebuild from the database.
   */
  apply(delta: TallyDelta): void {
    assertRound(delta.round);
    if (delta.from) assertEntry(delta.from, 'from');
    if (delta.to) assertEntry(delta.to, 'to');
    if (!delta.from && !delta.to) return;

    const from = delta.from;
    let fromNext: Cell | null = null;
    if (from) {
      const cell = this.getCell(delta.round, delta.concernId, delta.ownRole, from.key);
      if (!cell) {
        throw new TallyError(`cannot remove an answer "${from.key}" that is not counted (round ${delta.round}, concern ${delta.concernId}, own role ${delta.ownRole})`);
      }
      if (from.confidence !== null && cell.confidenceCount < 1) {
        throw new TallyError(`cannot remove a confidence from "${from.key}" that has none counted`);
      }
      fromNext = {
        count: cell.count - 1,
        confidenceSum: from.confidence === null ? cell.confidenceSum : cell.confidenceSum - from.confidence,
        confidenceCount: from.confidence === null ? cell.confidenceCount : cell.confidenceCount - 1,
      };
      if (fromNext.confidenceCount > fromNext.count) {
        throw new TallyError(`removing "${from.key}" without a confidence would leave more confidences than answers`);
      }
    }

    // Validation passed: commit.
    if (from && fromNext) this.setCell(delta.round, delta.concernId, delta.ownRole, from.key, fromNext);
    if (delta.to) {
      const to = delta.to;
      const cell = this.getCell(delta.round, delta.concernId, delta.ownRole, to.key) ?? { count: 0, confidenceSum: 0, confidenceCount: 0 };
      this.setCell(delta.round, delta.concernId, delta.ownRole, to.key, {
        count: cell.count + 1,
        confidenceSum: to.confidence === null ? cell.confidenceSum : cell.confidenceSum + to.confidence,
        confidenceCount: to.confidence === null ? cell.confidenceCount : cell.confidenceCount + 1,
      });
    }
  }

  /** Rebuilds a tally from GROUP BY rows. Rows with count 0 are skipped; duplicate groups are added up. */
  static fromRows(rows: readonly TallyRow[]): SessionTally {
    const tally = new SessionTally();
    for (const row of rows) {
      assertRound(row.round);
      assertEntry({ key: row.key, confidence: null }, 'row');
      if (!Number.isInteger(row.count) || row.count < 0) throw new TallyError(`row count must be an integer >= 0, got ${row.count}`);
      if (!Number.isInteger(row.confidenceCount) || row.confidenceCount < 0 || row.confidenceCount > row.count) {
        throw new TallyError(`row confidenceCount must be an integer in 0..count, got ${row.confidenceCount}`);
      }
      if (!Number.isFinite(row.confidenceSum)) throw new TallyError('row confidenceSum must be a finite number');
      if (row.count === 0) continue;
      const prev = tally.getCell(row.round, row.concernId, row.ownRole, row.key);
      tally.setCell(row.round, row.concernId, row.ownRole, row.key, {
        count: (prev?.count ?? 0) + row.count,
        confidenceSum: (prev?.confidenceSum ?? 0) + row.confidenceSum,
        confidenceCount: (prev?.confidenceCount ?? 0) + row.confidenceCount,
      });
    }
    return tally;
  }

  /** Every non-empty group, sorted by round, concernId, ownRole, key. */
  toRows(): TallyRow[] {
    const rows: TallyRow[] = [];
    for (const [round, concerns] of this.byRound) {
      for (const [concernId, roles] of concerns) {
        for (const [ownRole, keys] of roles) {
          for (const [key, cell] of keys) {
            rows.push({ round, concernId, ownRole, key, count: cell.count, confidenceSum: cell.confidenceSum, confidenceCount: cell.confidenceCount });
          }
        }
      }
    }
    return rows.sort(
      (a, b) => a.round - b.round || compareStrings(a.concernId, b.concernId) || compareStrings(a.ownRole, b.ownRole) || compareStrings(a.key, b.key),
    );
  }

  /**
   * Answer counts by key for one concern in one round: merged across own roles when
   * `segment` is null, else only the answers of participants whose own role is `segment`.
   * A fresh map (safe to mutate); keys with count 0 are absent.
   */
  counts(round: number, concernId: string, segment: string | null): Map<AnswerKey, number> {
    const out = new Map<AnswerKey, number>();
    for (const keys of this.roleCells(round, concernId, segment)) {
      for (const [key, cell] of keys) out.set(key, (out.get(key) ?? 0) + cell.count);
    }
    return out;
  }

  /** Sum and count of the confidences given for one concern in one round (all answers, "don't know" included). */
  confidence(round: number, concernId: string, segment: string | null): { sum: number; count: number } {
    let sum = 0;
    let count = 0;
    for (const keys of this.roleCells(round, concernId, segment)) {
      for (const cell of keys.values()) {
        sum += cell.confidenceSum;
        count += cell.confidenceCount;
      }
    }
    return { sum, count };
  }

  /** The rounds that have at least one answer, ascending. */
  rounds(): number[] {
    return [...this.byRound.keys()].sort((a, b) => a - b);
  }

  /** True when both tallies hold exactly the same groups (for reconciliation with the database). */
  equals(other: SessionTally): boolean {
    const a = this.toRows();
    const b = other.toRows();
    if (a.length !== b.length) return false;
    return a.every((row, i) => {
      const o = b[i];
      return (
        o !== undefined &&
        row.round === o.round &&
        row.concernId === o.concernId &&
        row.ownRole === o.ownRole &&
        row.key === o.key &&
        row.count === o.count &&
        row.confidenceSum === o.confidenceSum &&
        row.confidenceCount === o.confidenceCount
      );
    });
  }

  private *roleCells(round: number, concernId: string, segment: string | null): Iterable<KeyCells> {
    const roles = this.byRound.get(round)?.get(concernId);
    if (!roles) return;
    if (segment === null) {
      yield* roles.values();
    } else {
      const keys = roles.get(segment);
      if (keys) yield keys;
    }
  }

  private getCell(round: number, concernId: string, ownRole: string, key: AnswerKey): Cell | undefined {
    return this.byRound.get(round)?.get(concernId)?.get(ownRole)?.get(key);
  }

  private cellsFor(round: number, concernId: string, ownRole: string): KeyCells {
    let concerns = this.byRound.get(round);
    if (!concerns) {
      concerns = new Map();
      this.byRound.set(round, concerns);
    }
    let roles = concerns.get(concernId);
    if (!roles) {
      roles = new Map();
      concerns.set(concernId, roles);
    }
    let keys = roles.get(ownRole);
    if (!keys) {
      keys = new Map();
      roles.set(ownRole, keys);
    }
    return keys;
  }

  /** Stores a cell, or removes it (and any map left empty) when its count is 0. */
  private setCell(round: number, concernId: string, ownRole: string, key: AnswerKey, cell: Cell): void {
    if (cell.count > 0) {
      this.cellsFor(round, concernId, ownRole).set(key, cell.confidenceCount === 0 ? { ...cell, confidenceSum: 0 } : cell);
      return;
    }
    const concerns = this.byRound.get(round);
    const roles = concerns?.get(concernId);
    const keys = roles?.get(ownRole);
    if (!concerns || !roles || !keys) return;
    keys.delete(key);
    if (keys.size === 0) roles.delete(ownRole);
    if (roles.size === 0) concerns.delete(concernId);
    if (concerns.size === 0) this.byRound.delete(round);
  }
}
