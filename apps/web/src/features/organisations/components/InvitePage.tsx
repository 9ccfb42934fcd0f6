import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { acceptInvite, orgKeys } from '../api';

/** `/invites/:token`: the page an invite link opens (after signing in). */
export function InvitePage() {
  const t = useT();
  const { token = '' } = useParams();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptInvite(token),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: orgKeys.list });
      void client.invalidateQueries({ queryKey: ['workshops'] });
    },
  });
  return (
    <Page title={t('app.organisations.invite.title')} width="narrow" lead={t('app.organisations.invite.lead')}>
      {accept.isSuccess ? (
        <Notice tone="success" title={t('app.organisations.invite.joined', { role: accept.data.role })} live>
          <p>{t('app.organisations.invite.joinedText', { role: accept.data.role })}</p>
          <p className="cluster">
            <Link to="/workshops">{t('app.organisations.invite.openWorkshops')}</Link>
            <Link to={`/orgs/${accept.data.orgId}`}>{t('app.organisations.invite.seeMembers')}</Link>
          </p>
        </Notice>
      ) : (
        <div className="stack">
          {accept.isError ? <ErrorMessage error={accept.error} title={t('app.organisations.invite.failed')} /> : null}
          <div>
            <Button size="large" onClick={() => accept.mutate()} busy={accept.isPending} busyLabel={t('app.organisations.invite.joining')}>
              {t('app.organisations.invite.join')}
            </Button>
          </div>
        </div>
      )}
    </Page>
  );
}
