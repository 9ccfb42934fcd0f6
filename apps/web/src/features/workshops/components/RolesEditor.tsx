import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
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
  return (
    <EditorSection headingId="roles-heading" title="Roles" listId={fieldIds.roles} listError={errors[fieldIds.roles]} lead={<>The heatmap&apos;s columns: who could own a concern, e.g. Data Engineering or MLOps. {LIMITS.roles.min} to {LIMITS.roles.max} roles.</>}>
      <EditableList
        items={roles}
        getKey={(r) => r.key}
        noun="role"
        nameOf={(r, i) => (r.name.trim() ? `“${r.name.trim()}”` : `role ${i + 1}`)}
        min={LIMITS.roles.min}
        max={LIMITS.roles.max}
        onAdd={actions.addRole}
        onRemove={actions.removeRole}
        onMove={actions.moveRole}
        renderFields={(role, index) => (
          <TextField
            id={fieldIds.roleName(role.key)}
            label={`Role ${index + 1} name`}
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
