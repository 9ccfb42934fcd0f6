import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../i18n/i18n';
import { SelectField } from '../../../ui/Field';
import { orgsQuery } from '../api';

/** Where a new workshop goes: the person's own, or an org they may edit in. Hidden without such an org. */
export function OrgPicker({ value, onChange }: { value: string; onChange: (orgId: string) => void }) {
  const t = useT();
  const orgs = useQuery(orgsQuery());
  const editable = (orgs.data ?? []).filter((o) => o.role !== 'viewer');
  if (editable.length === 0) return null;
  return (
    <SelectField label={t('app.organisations.picker.label')} value={value} onChange={(e) => onChange(e.target.value)} hint={t('app.organisations.picker.hint')}>
      <option value="">{t('app.organisations.picker.personal')}</option>
      {editable.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
