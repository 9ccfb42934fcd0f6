import { OWNERSHIP_LIMITS } from '@thinline/shared';
import type { ReactNode } from 'react';
import { TextAreaField, TextField } from '../../../ui/Field';
import type { WorkshopDraftActions } from '../hooks/useWorkshopDraft';
import { type DraftConcern, type DraftRole, MAPPING_LABELS, fieldIds } from '../lib/workshopDraft';

interface OwnershipMappingEditorProps {
  roles: DraftRole[];
  concerns: DraftConcern[];
  errors: Record<string, string>;
  actions: Pick<WorkshopDraftActions, 'editRole' | 'editConcern'>;
}

// The words of this section, in one place for the translations (issue 20).
const TEXT = {
  heading: 'Ownership as code',
  lead: 'Optional: the handles your code host and service catalogue use, so the decisions become a CODEOWNERS file and Backstage catalog-info.yaml entities.',
  rolesHeading: 'Roles: who the owners are',
  concernsHeading: 'Concerns: what they own',
  codeOwnerHint: '@org/team, @user or an email address',
  catalogGroupHint: 'group:default/name',
  pathsHint: `One pattern per line, e.g. /pipelines/** or *.sql (up to ${OWNERSHIP_LIMITS.patterns})`,
  catalogEntityHint: 'component:default/name, or resource, system, domain',
  unnamed: (noun: string, n: number) => `${noun} ${n}`,
};

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
  const used = roles.some((r) => r.codeOwner || r.catalogGroup) || concerns.some((c) => c.paths || c.catalogEntity);
  const hasError = Object.keys(errors).some((id) => /-(codeOwner|catalogGroup|paths|catalogEntity)$/.test(id));
  return (
    <section className="section stack" aria-labelledby="ownership-heading">
      <details className="ownership-mapping" open={used || hasError}>
        <summary>
          <h2 id="ownership-heading">{TEXT.heading}</h2>
        </summary>
        <p className="muted">{TEXT.lead}</p>
        <h3>{TEXT.rolesHeading}</h3>
        <ul className="ownership-mapping__list" role="list">
          {roles.map((role, i) => {
            const name = role.name.trim() || TEXT.unnamed('Role', i + 1);
            return (
              <MappingItem key={role.key} name={name}>
                {(['codeOwner', 'catalogGroup'] as const).map((field) => (
                  <HandleField
                    key={field}
                    id={fieldIds.roleField(role.key, field)}
                    label={`${MAPPING_LABELS[field]} of ${name}`}
                    hint={TEXT[`${field}Hint`]}
                    value={role[field]}
                    onChange={(value) => actions.editRole(role.key, { [field]: value })}
                    error={errors[fieldIds.roleField(role.key, field)]}
                  />
                ))}
              </MappingItem>
            );
          })}
        </ul>
        <h3>{TEXT.concernsHeading}</h3>
        <ul className="ownership-mapping__list" role="list">
          {concerns.map((concern, i) => {
            const name = concern.title.trim() || TEXT.unnamed('Concern', i + 1);
            return (
              <MappingItem key={concern.key} name={name}>
                {(['paths', 'catalogEntity'] as const).map((field) => (
                  <HandleField
                    key={field}
                    id={fieldIds.concernField(concern.key, field)}
                    label={`${MAPPING_LABELS[field]} of ${name}`}
                    hint={TEXT[`${field}Hint`]}
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
