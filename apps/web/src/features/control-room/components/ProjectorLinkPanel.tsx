import { LinkPanel } from './LinkPanel';

/**
 * "Open on a projector": a presenter link for a venue's PC nobody signs in to. It shows the
 * presenter screen, follows the pages and views sent from here, and changes nothing; a revoke
 * blanks the projector showing it at once. A day by default: a workshop's length.
 */
export function ProjectorLinkPanel({ sessionId }: { sessionId: string }) {
  return (
    <LinkPanel
      sessionId={sessionId}
      kind="presenter"
      expiryDays={[1, 7, 0]}
      words={{
        heading: 'app.controlRoom.projector.heading',
        lead: 'app.controlRoom.projector.lead',
        fresh: 'app.controlRoom.projector.fresh',
        create: 'app.controlRoom.projector.create',
        list: 'app.controlRoom.projector.list',
        revokeQuestion: 'app.controlRoom.projector.revokeQuestion',
        none: 'app.controlRoom.projector.none',
        revoked: 'app.controlRoom.projector.revoked',
        createFailed: 'app.controlRoom.projector.createFailed',
        openHere: 'app.controlRoom.projector.openHere',
      }}
    />
  );
}
