import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useT } from '../../../i18n/i18n';
import { useWorkshopFileImport } from '../hooks/useWorkshopFileImport';
import { OrgPicker } from '../../organisations/components/OrgPicker';
import { TemplatePicker } from './TemplatePicker';

/** The three ways to make a workshop: from a template, blank, or from an exported file. */
export function NewWorkshopBar() {
  const t = useT();
  const [showTemplates, setShowTemplates] = useState(false);
  const [orgId, setOrgId] = useState('');
  const fileImport = useWorkshopFileImport();
  return (
    <section className="stack" aria-labelledby="new-heading">
      <h2 id="new-heading" className="visually-hidden">
        {t('app.workshops.new.heading')}
      </h2>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <div className="cluster">
        <Button aria-expanded={showTemplates} aria-controls="template-picker" onClick={() => setShowTemplates((v) => !v)}>
          {t('app.workshops.new.fromTemplate')}
        </Button>
        <ButtonLink to="/workshops/new" variant="secondary">
          {t('app.workshops.new.blank')}
        </ButtonLink>
        <Button variant="secondary" onClick={fileImport.open} busy={fileImport.isPending} busyLabel={t('app.workshops.new.importing')}>
          {t('app.workshops.new.import')}
        </Button>
        <input {...fileImport.inputProps} />
      </div>
      {fileImport.problem ? (
        <div className="alert" role="alert">
          <p className="alert__title">{fileImport.problem.title}</p>
          <ul>
            {fileImport.problem.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {fileImport.error ? <ErrorMessage error={fileImport.error} title={t('app.workshops.new.importFailed')} /> : null}
      <div id="template-picker" hidden={!showTemplates}>
        {showTemplates ? <TemplatePicker orgId={orgId || undefined} /> : null}
      </div>
    </section>
  );
}
