import { OWNERSHIP_LIMITS } from '@thinline/shared';
import type { ReactNode } from 'react';
import { TextAreaField, TextField } from '../../../ui/Field';
import type { WorkshopDraftActions } from '../hooks/useWorkshopDraft';
import { type MessageId, count, t, useT } from '../../../i18n/i18n';
import { type DraftConcern, type DraftRole, type MappingField, fieldIds, mappingLabel } from '../lib/workshopDraft';

interface OwnershipMappingEditorProps {
  roles: DraftRole[];
  concerns: DraftConcern[];
  errors: Record<string, string>;
  actions: Pick<WorkshopDraftActions, 'editRole' | 'editConcern'>;
}

// The hints show the formats the tools read; only their placeholder words (name, nom, 名前) are translated.
const HINTS: Record<'codeOwner' | 'catalogGroup' | 'catalogEntity', MessageId> = {
  codeOwner: 'app.workshops.mapping.codeOwnerHint',
  catalogGroup: 'app.workshops.mapping.catalogGroupHint',
  catalogEntity: 'app.workshops.mapping.catalogEntityHint',
};

function hint(field: MappingField): string {
  return field === 'paths' ? t('app.workshops.mapping.pathsHint', { max: count(OWNERSHIP_LIMITS.patterns) }) : t(HINTS[field]);
}

/** A handle box: no spelling fixes or capitals, which would break a handle. */
/** One role's or concern's row: its name, then its boxes. */
function MappingItem({ name, children }: { name: string; children: ReactNode }) {
  return (
    <li className="ownership-mapping__item">
      <p className="ownership-mapping__name">{name}</p>
      <div className="ownership-mapping__fields">{children}</div>
    </li>
  );
}

function HandleField({ id, label, hint, value, error, multiline, onChange }: { id: string; label: string; hint: string; value: string; error: string | undefined; multiline?: boolean; onChange: (value: string) => void }) {
  const common = { id, label, hint, value, error, spellCheck: false, autoCapitalize: 'off' } as const;
  return multiline ? (
    <TextAreaField {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <TextField {...common} maxLength={OWNERSHIP_LIMITS.handleLength} onChange={(e) => onChange(e.target.value)} />
  );
}

/**
 * Ownership as code: per role its CODEOWNERS owner and Backstage group, per concern its
 * CODEOWNERS patterns and Backstage entity. Closed until someone opens it or a field is set,
 * so the editor stays short for a workshop that does not use it.
 */
export function OwnershipMappingEditor({ roles, concerns, errors, actions }: OwnershipMappingEditorProps) {
  useT(); // renders again when the language changes (the words below come from t)
  const used = roles.some((r) => r.codeOwner || r.catalogGroup) || concerns.some((c) => c.paths || c.catalogEntity);
  const hasError = Object.keys(errors).some((id) => /-(codeOwner|catalogGroup|paths|catalogEntity)$/.test(id));
  return (
    <section className="section stack" aria-labelledby="ownership-heading">
      <details className="ownership-mapping" open={used || hasError}>
        <summary>
          <h2 id="ownership-heading">{t('app.workshops.mapping.heading')}</h2>
        </summary>
        <p className="muted">{t('app.workshops.mapping.lead')}</p>
        <h3>{t('app.workshops.mapping.rolesHeading')}</h3>
        <ul className="ownership-mapping__list" role="list">
          {roles.map((role, i) => {
            const name = role.name.trim() || t('app.workshops.problem.role', { n: count(i + 1) });
            return (
              <MappingItem key={role.key} name={name}>
                {(['codeOwner', 'catalogGroup'] as const).map((field) => (
                  <HandleField
                    key={field}
                    id={fieldIds.roleField(role.key, field)}
                    label={t('app.workshops.mapping.fieldOf', { field: mappingLabel(field), name })}
                    hint={hint(field)}
                    value={role[field]}
                    onChange={(value) => actions.editRole(role.key, { [field]: value })}
                    error={errors[fieldIds.roleField(role.key, field)]}
                  />
                ))}
              </MappingItem>
            );
          })}
        </ul>
        <h3>{t('app.workshops.mapping.concernsHeading')}</h3>
        <ul className="ownership-mapping__list" role="list">
          {concerns.map((concern, i) => {
            const name = concern.title.trim() || t('app.workshops.problem.concern', { n: count(i + 1) });
            return (
              <MappingItem key={concern.key} name={name}>
                {(['paths', 'catalogEntity'] as const).map((field) => (
                  <HandleField
                    key={field}
                    id={fieldIds.concernField(concern.key, field)}
                    label={t('app.workshops.mapping.fieldOf', { field: mappingLabel(field), name })}
                    hint={hint(field)}
                    value={concern[field]}
                    multiline={field === 'paths'}
                    onChange={(value) => actions.editConcern(concern.key, { [field]: value })}
                    error={errors[fieldIds.concernField(concern.key, field)]}
                  />
                ))}
              </MappingItem>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
