import type { TRaci, TRole } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { decidedLabel } from '../lib/draft';

/** "Decided: A Data Engineering · R MLOps" under a concern, with the rationale and dissent when given. */
export function DecidedLine({ decision, roles }: { decision: { raci: TRaci; rationale: string | null; dissent: string | null }; roles: readonly TRole[] }) {
  const t = useT();
  return (
    <div className="decided-line">
      <p className="decided-line__raci">{decidedLabel(decision.raci, roles)}</p>
      {decision.rationale ? <p className="decided-line__text">{t('app.decisions.why', { text: decision.rationale })}</p> : null}
      {decision.dissent ? <p className="decided-line__text">{t('app.decisions.dissentLine', { text: decision.dissent })}</p> : null}
    </div>
  );
}
