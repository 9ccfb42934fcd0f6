import { CopyField } from '../../../ui/CopyField';
import { loadIdentity, resumeLink } from '../storage';
import { useT } from '../../../i18n/i18n';

/**
 * The personal link that continues as this participant on another device, with their own
 * answers. It is theirs alone: whoever opens it answers as them.
 */
export function ResumeLink({ joinCode }: { joinCode: string }) {
  const t = useT();
  const token = loadIdentity(joinCode)?.resumeToken;
  if (!token) return null;
  return (
    <details className="pt-resume">
      <summary>{t('phone.answer.resume.summary')}</summary>
      <p className="pt-hint">{t('phone.answer.resume.hint')}</p>
      <CopyField label={t('phone.answer.resume.label')} value={resumeLink(window.location.origin, joinCode, token)} />
    </details>
  );
}
