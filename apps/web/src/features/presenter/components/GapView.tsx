import { type TRole, formatList } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { Loading } from '../../../ui/Spinner';
import type { PresenterViewProps } from '../hooks/usePresenterView';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { type GapRow, gapRows } from '../lib/presentation';
import { HiddenResults } from './HiddenResults';


/** How differently two roles see each concern (perception gap), largest first. */
export function GapView({ session, concerns, tabs, view, update }: PresenterViewProps) {
  const t = useT();
  const text = useHeatmapText();
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
  else if (!roleA || !roleB || a === b) body = <p className="presenter-message">{t('app.presenter.gaps.pickTwo')}</p>;
  else if (heatmapA.isError || heatmapB.isError) {
    const retry = () => void Promise.all([heatmapA.refetch(), heatmapB.refetch()]);
    body = <ErrorMessage error={heatmapA.error ?? heatmapB.error} title={t('app.presenter.gaps.failed')} onRetry={retry} />;
  } else if (!heatmapA.data || !heatmapB.data) body = <Loading label={t('app.presenter.gaps.loading')} />;
  else {
    const hidden = [heatmapA.data.suppressed ? roleA : null, heatmapB.data.suppressed ? roleB : null].filter((r): r is TRole => r !== null);
    body =
      hidden.length > 0 ? (
        <Notice tone="warning" title={t('app.presenter.gaps.notShown', { roles: formatList(text.locale, hidden.map((r) => r.name)) })}>
          <p>{text.suppressed(heatmapA.data.minSegmentSize)}</p>
        </Notice>
      ) : (
        <GapBars rows={gapRows(heatmapA.data, heatmapB.data, concerns, roles)} roleA={roleA} roleB={roleB} stale={heatmapA.isPlaceholderData || heatmapB.isPlaceholderData} />
      );
  }

  return (
    <>
      <div className="presenter__controls" data-presenter-control>
        {tabs}
        {picker(t('app.presenter.gaps.compare'), a, 'a')}
        {picker(t('app.presenter.gaps.with'), b, 'b')}
      </div>
      {body}
    </>
  );
}

function GapBars({ rows, roleA, roleB, stale }: { rows: GapRow[]; roleA: TRole; roleB: TRole; stale: boolean }) {
  const t = useT();
  const scale = Math.max(1, ...rows.map((r) => r.gap ?? 0));
  return (
    <section aria-labelledby="gap-title" aria-busy={stale} className={stale ? 'heatmap-frame--stale' : undefined}>
      <h2 id="gap-title">
        {t('app.presenter.gaps.title', { a: roleA.name, b: roleB.name })}
      </h2>
      <p className="muted">{t('app.presenter.gaps.intro', { none: percent(0), all: percent(1) })}</p>
      <ol className="item-list">
        {rows.map((row) => (
          <li key={row.concern.id} className={`bar-row${row.gap === null ? ' bar-row--muted' : ''}`}>
            <span className="bar-row__label">{row.concern.title}</span>
            <span className="bar-row__track" aria-hidden="true">
              <span className="bar-row__fill" style={{ display: 'block', width: `${((row.gap ?? 0) / scale) * 100}%` }} />
            </span>
            <span className="bar-row__value">{percent(row.gap)}</span>
            <span className="bar-row__note">
              {row.gap === null
                ? t('app.presenter.gaps.notEnough')
                : row.widest && row.widest.a !== row.widest.b
                  ? t('app.presenter.gaps.mostApart', { role: row.widest.role.name, a: percent(row.widest.a), roleA: roleA.name, b: percent(row.widest.b), roleB: roleB.name })
                  : t('app.presenter.gaps.alike')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
