import { LinkPanel } from './LinkPanel';

/** Read-only report links for managers; expiry never by default. */
export function SharePanel({ sessionId }: { sessionId: string }) {
  return (
    <LinkPanel
      sessionId={sessionId}
      kind="report"
      expiryDays={[0, 7, 30]}
      words={{
        heading: 'app.controlRoom.share.heading',
        lead: 'app.controlRoom.share.lead',
        fresh: 'app.controlRoom.share.fresh',
        create: 'app.controlRoom.share.create',
        list: 'app.controlRoom.share.list',
        revokeQuestion: 'app.controlRoom.share.revokeQuestion',
        none: 'app.controlRoom.share.none',
        revoked: 'app.controlRoom.share.revoked',
        createFailed: 'app.controlRoom.share.createFailed',
      }}
    />
  );
}
