import { useQuery } from '@tanstack/react-query';
import { SelectField } from '../../../ui/Field';
import { orgsQuery } from '../api';

/** Where a new workshop goes: the person's own, or an org they may edit in. Hidden without such an org. */
export function OrgPicker({ value, onChange }: { value: string; onChange: (orgId: string) => void }) {
  const orgs = useQuery(orgsQuery());
  const editable = (orgs.data ?? []).filter((o) => o.role !== 'viewer');
  if (editable.length === 0) return null;
  return (
    <SelectField label="New workshops belong to" value={value} onChange={(e) => onChange(e.target.value)} hint="An organisation's facilitators can edit and run its workshops; its viewers read them.">
      <option value="">Only me (personal)</option>
      {editable.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
