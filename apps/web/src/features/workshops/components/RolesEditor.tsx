import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
import { count, useT } from '../../../i18n/i18n';
import type { DraftRole } from '../lib/workshopDraft';
import { fieldIds } from '../lib/workshopDraft';
import type { WorkshopDraftActions } from '../hooks/useWorkshopDraft';
import { EditableList } from './EditableList';
import { EditorSection } from './EditorSection';

interface RolesEditorProps {
  roles: DraftRole[];
  errors: Record<string, string>;
  actions: Pick<WorkshopDraftActions, 'renameRole' | 'addRole' | 'removeRole' | 'moveRole'>;
}

/** The roles: the heatmap's columns, in order. */
export function RolesEditor({ roles, errors, actions }: RolesEditorProps) {
  const t = useT();
  const { min, max } = LIMITS.roles;
  return (
    <EditorSection
      headingId="roles-heading"
      title={t('app.workshops.roles.heading')}
      listId={fieldIds.roles}
      listError={errors[fieldIds.roles]}
      lead={t('app.workshops.roles.lead', { min: count(min), max: count(max) })}
    >
      <EditableList
        items={roles}
        getKey={(r) => r.key}
        nameOf={(r, i) => (r.name.trim() ? t('app.workshops.quoted', { text: r.name.trim() }) : t('app.workshops.roles.unnamed', { n: count(i + 1) }))}
        words={{
          add: t('app.workshops.roles.add'),
          added: (n) => t('app.workshops.roles.added', { n: count(n) }),
          atMost: t('app.workshops.roles.atMost', { max }),
          atLeast: t('app.workshops.roles.atLeast', { min }),
        }}
        min={min}
        max={max}
        onAdd={actions.addRole}
        onRemove={actions.removeRole}
        onMove={actions.moveRole}
        renderFields={(role, index) => (
          <TextField
            id={fieldIds.roleName(role.key)}
            label={t('app.workshops.roles.name', { n: count(index + 1) })}
            value={role.name}
            maxLength={LIMITS.nameLength}
            onChange={(e) => actions.renameRole(role.key, e.target.value)}
            error={errors[fieldIds.roleName(role.key)]}
          />
        )}
      />
    </EditorSection>
  );
}
