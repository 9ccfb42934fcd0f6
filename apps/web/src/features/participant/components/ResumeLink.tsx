import { CopyField } from '../../../ui/CopyField';
import { loadIdentity, resumeLink } from '../storage';

/**
 * The personal link that continues as this participant on another device, with their own
 * answers. It is theirs alone: whoever opens it answers as them.
 */
export function ResumeLink({ joinCode }: { joinCode: string }) {
  const token = loadIdentity(joinCode)?.resumeToken;
  if (!token) return null;
  return (
    <details className="pt-resume">
      <summary>Continue on another device</summary>
      <p className="pt-hint">Open this link on your laptop or another phone to carry on with your own answers. Keep it to yourself: whoever opens it answers as you.</p>
      <CopyField label="Your personal link" value={resumeLink(window.location.origin, joinCode, token)} />
    </details>
  );
}
