import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
import type { DraftRole } from '../lib/workshopDraft';
import { fieldIds } from '../lib/workshopDraft';
import { EditableList } from './EditableList';

interface RolesEditorProps {
  roles: DraftRole[];
  errors: Record<string, string>;
  listError?: string;
  onRename: (key: string, name: string) => void;
  onAdd: () => string;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

/** The roles: the heatmap's columns, in order. */
export function RolesEditor({ roles, errors, listError, onRename, onAdd, onRemove, onMove }: RolesEditorProps) {
  return (
    <section className="section stack" aria-labelledby="roles-heading">
      <div>
        <h2 id="roles-heading">Roles</h2>
        <p className="muted" id={fieldIds.roles} tabIndex={-1}>
          The heatmap&apos;s columns: who could own a concern, e.g. Data Engineering or MLOps. {LIMITS.roles.min} to {LIMITS.roles.max} roles.
        </p>
        {listError ? <p className="field__error">{listError}</p> : null}
      </div>
      <EditableList
        items={roles}
        getKey={(r) => r.key}
        noun="role"
        nameOf={(r, i) => (r.name.trim() ? `“${r.name.trim()}”` : `role ${i + 1}`)}
        min={LIMITS.roles.min}
        max={LIMITS.roles.max}
        onAdd={onAdd}
        onRemove={onRemove}
        onMove={onMove}
        renderFields={(role, index) => (
          <TextField
            id={fieldIds.roleName(role.key)}
            label={`Role ${index + 1} name`}
            value={role.name}
            maxLength={LIMITS.nameLength}
            onChange={(e) => onRename(role.key, e.target.value)}
            error={errors[fieldIds.roleName(role.key)]}
          />
        )}
      />
    </section>
  );
}
