import { type TRole, suppressedMessage, formatPercent } from '@thinline/shared';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { Loading } from '../../../ui/Spinner';
import type { PresenterViewProps } from '../hooks/usePresenterView';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { type GapRow, gapRows } from '../lib/presentation';
import { HiddenResults } from './HiddenResults';


/** How differently two roles see each concern (perception gap), largest first. */
export function GapView({ session, concerns, tabs, view, update }: PresenterViewProps) {
  const { roles } = session;
  const a = view.a ?? roles[0]?.id ?? null;
  const b = view.b ?? roles.find((r) => r.id !== a)?.id ?? null;
  const roleA = roles.find((r) => r.id === a);
  const roleB = roles.find((r) => r.id === b);
  const ready = Boolean(roleA && roleB && a !== b && concerns.length > 0);
  const heatmapA = useHeatmap(session.id, { segment: a }, ready);
  const heatmapB = useHeatmap(session.id, { segment: b }, ready);

  const picker = (label: string, value: string | null, key: 'a' | 'b') => (
    <SelectField label={label} value={value ?? ''} onChange={(e) => update({ [key]: e.target.value })}>
      {roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </SelectField>
  );

  let body;
  if (concerns.length === 0) body = <HiddenResults session={session} />;
  else if (!roleA || !roleB || a === b) body = <p className="presenter-message">Pick two different roles to compare.</p>;
  else if (heatmapA.isError || heatmapB.isError) {
    const retry = () => void Promise.all([heatmapA.refetch(), heatmapB.refetch()]);
    body = <ErrorMessage error={heatmapA.error ?? heatmapB.error} title="Could not load the two views" onRetry={retry} />;
  } else if (!heatmapA.data || !heatmapB.data) body = <Loading label="Loading both views…" />;
  else {
    const hidden = [heatmapA.data.suppressed ? roleA : null, heatmapB.data.suppressed ? roleB : null].filter((r): r is TRole => r !== null);
    body =
      hidden.length > 0 ? (
        <Notice tone="warning" title={`${hidden.map((r) => r.name).join(' and ')}: not shown`}>
          <p>{suppressedMessage(heatmapA.data.minSegmentSize)}.</p>
        </Notice>
      ) : (
        <GapBars rows={gapRows(heatmapA.data, heatmapB.data, concerns, roles)} roleA={roleA} roleB={roleB} stale={heatmapA.isPlaceholderData || heatmapB.isPlaceholderData} />
      );
  }

  return (
    <>
      <div className="presenter__controls" data-presenter-control>
        {tabs}
        {picker('Compare how', a, 'a')}
        {picker('sees it with', b, 'b')}
      </div>
      {body}
    </>
  );
}

function GapBars({ rows, roleA, roleB, stale }: { rows: GapRow[]; roleA: TRole; roleB: TRole; stale: boolean }) {
  const scale = Math.max(1, ...rows.map((r) => r.gap ?? 0));
  return (
    <section aria-labelledby="gap-title" aria-busy={stale} className={stale ? 'heatmap-frame--stale' : undefined}>
      <h2 id="gap-title">
        Where {roleA.name} and {roleB.name} see ownership differently
      </h2>
      <p className="muted">Perception gap: 0% = both roles answered alike, 100% = completely different owners. Largest first.</p>
      <ol className="item-list">
        {rows.map((row) => (
          <li key={row.concern.id} className={`bar-row${row.gap === null ? ' bar-row--muted' : ''}`}>
            <span className="bar-row__label">{row.concern.title}</span>
            <span className="bar-row__track" aria-hidden="true">
              <span className="bar-row__fill" style={{ display: 'block', width: `${((row.gap ?? 0) / scale) * 100}%` }} />
            </span>
            <span className="bar-row__value">{row.gap === null ? '–' : formatPercent(row.gap)}</span>
            <span className="bar-row__note">
              {row.gap === null
                ? 'Not enough answers in one of the two roles to compare.'
                : row.widest && row.widest.a !== row.widest.b
                  ? `Most apart on ${row.widest.role.name}: ${formatPercent(row.widest.a)} of ${roleA.name} vs ${formatPercent(row.widest.b)} of ${roleB.name} name it owner.`
                  : 'Both roles answered alike.'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
