import type { TRole } from '@thinline/shared';
import { SelectField } from '../../../ui/Field';

/** "Whose view": the whole room, or the answers of people in one own-role. */
export function SegmentPicker({ roles, value, onChange, label = 'Whose view' }: { roles: TRole[]; value: string | null; onChange: (roleId: string | null) => void; label?: string }) {
  return (
    <SelectField label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">Whole room</option>
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          As {role.name} sees it
        </option>
      ))}
    </SelectField>
  );
}

