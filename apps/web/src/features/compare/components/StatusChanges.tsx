import { plural } from '@thinline/shared';
import { StatusBadge } from '../../../ui/StatusBadge';

import { CHANGE_KINDS, CHANGE_KIND_TEXT, STATUS_WORDS, type StatusChangeItem } from '../lib/changes';

function Change({ item, labels }: { item: StatusChangeItem; labels: { a: string; b: string } }) {
  return (
    <li className="change-list__item">
      <p className="change-list__title">
        <strong>{item.title}</strong>
      </p>
      <p className="cluster">
        <span className="visually-hidden">{labels.a}:</span>
        <StatusBadge kind={item.from}>{STATUS_WORDS[item.from]}</StatusBadge>
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{labels.b}:</span>
        <StatusBadge kind={item.to}>{STATUS_WORDS[item.to]}</StatusBadge>
      </p>
      {item.moves.length > 0 ? <p className="muted change-list__moves">{item.moves.join(' · ')}</p> : null}
    </li>
  );
}

/** The concerns whose status changed (gap → clear…), grouped by what the change means. */
export function StatusChanges({ changes, labels }: { changes: StatusChangeItem[]; labels: { a: string; b: string } }) {
  return (
    <section className="section stack" aria-labelledby="compare-status-heading">
      <h2 id="compare-status-heading">Status changes</h2>
      {changes.length === 0 ? (
        <p>No concern changed status: every gap, overlap and clear owner is where it was.</p>
      ) : (
        <>
          <p className="muted">
            {plural(changes.length, 'concern')} changed status from {labels.a} to {labels.b}.
          </p>
          {CHANGE_KINDS.map((kind) => {
            const items = changes.filter((c) => c.kind === kind);
            if (items.length === 0) return null;
            const text = CHANGE_KIND_TEXT[kind];
            return (
              <div key={kind} className="stack stack--tight">
                <h3 id={`compare-status-${kind}`}>
                  {text.title} ({items.length})
                </h3>
                <p className="muted">{text.hint}</p>
                <ul className="change-list" aria-labelledby={`compare-status-${kind}`}>
                  {items.map((item) => (
                    <Change key={item.concernId} item={item} labels={labels} />
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
