import type { TRole } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { SelectField } from '../../../ui/Field';

/** "Whose view": the whole room, or the answers of people in one own-role. */
export function SegmentPicker({ roles, value, onChange, label }: { roles: TRole[]; value: string | null; onChange: (roleId: string | null) => void; label?: string }) {
  const t = useT();
  return (
    <SelectField label={label ?? t('app.presenter.segment.label')} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{t('heatmap.segment.wholeRoom')}</option>
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          {t('app.report.segmentRole', { role: role.name })}
        </option>
      ))}
    </SelectField>
  );
}

