import type { TSession } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { type PresenterViewName, usePresenterView } from '../hooks/usePresenterView';
import { usePresenterShortcuts } from '../hooks/usePresenterShortcuts';
import { presentableConcerns } from '../lib/presentation';
import { FocusView } from './FocusView';
import { GapView } from './GapView';
import { HeatmapView } from './HeatmapView';
import { RoundsView } from './RoundsView';

const VIEW_LABELS: Record<PresenterViewName, string> = {
  heatmap: 'Heatmap',
  gaps: 'Perception gap',
  focus: 'Focus',
  rounds: 'Rounds',
};

/** A live or closed session: the view switcher, and the chosen view. */
export function PresenterResults({ session, shortcutsOn, onShowHelp }: { session: TSession; shortcutsOn: boolean; onShowHelp: () => void }) {
  const [view, update] = usePresenterView();
  const concerns = presentableConcerns(session);

  const stepConcern = (delta: number) => {
    if (concerns.length === 0) return;
    const at = concerns.findIndex((c) => c.id === view.concern);
    const next = concerns[Math.min(concerns.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta))];
    if (next) update({ view: 'focus', concern: next.id });
  };

  const handlers: Record<string, () => void> = {
    h: () => update({ view: 'heatmap' }),
    g: () => update({ view: 'gaps' }),
    f: () => update({ view: 'focus' }),
    r: () => update({ view: 'rounds' }),
    s: () => update({ sort: view.sort === 'queue' ? 'category' : 'queue' }),
    '0': () => update({ segment: null }),
    '?': onShowHelp,
    ArrowLeft: () => stepConcern(-1),
    ArrowRight: () => stepConcern(1),
  };
  session.roles.slice(0, 9).forEach((role, i) => {
    handlers[String(i + 1)] = () => update({ segment: role.id });
  });
  usePresenterShortcuts(handlers, shortcutsOn);

  return (
    <>
      <nav className="presenter__controls" aria-label="Presenter views">
        <div className="segmented" role="group" aria-label="View">
          {(Object.keys(VIEW_LABELS) as PresenterViewName[]).map((name) => (
            <Button key={name} size="small" aria-pressed={view.view === name} onClick={() => update({ view: name })}>
              {VIEW_LABELS[name]}
            </Button>
          ))}
        </div>
      </nav>
      {view.view === 'heatmap' ? <HeatmapView session={session} concerns={concerns} view={view} update={update} /> : null}
      {view.view === 'gaps' ? <GapView session={session} concerns={concerns} view={view} update={update} /> : null}
      {view.view === 'focus' ? <FocusView session={session} concerns={concerns} view={view} update={update} onStep={stepConcern} /> : null}
      {view.view === 'rounds' ? <RoundsView session={session} concerns={concerns} /> : null}
    </>
  );
}
