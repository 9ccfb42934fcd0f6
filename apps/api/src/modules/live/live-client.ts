/** Who is on the other end of a /live socket, decided once at the handshake. */
export type LiveClient =
  | { kind: 'participant'; sessionId: string; participantId: string | null; ip: string }
  | { kind: 'presenter'; sessionId: string; userId: string }
  | { kind: 'report'; sessionId: string }
  /** a projector opened from a presenter link: sees what a presenter sees, sends nothing */
  | { kind: 'projector'; sessionId: string; linkId: string };

export const rooms = {
  /** everyone of a session: session:state */
  session: (id: string) => `session:${id}`,
  /** joined participants: results of revealed concerns */
  participants: (id: string) => `participants:${id}`,
  /** facilitator screens: heatmap, presence, decisions, presenter:command */
  presenters: (id: string) => `presenters:${id}`,
  /** projectors by presenter link: what presenters get, decisions without who decided */
  projectors: (id: string) => `projectors:${id}`,
  /** read-only report viewers: heatmap */
  reports: (id: string) => `reports:${id}`,
  /** the projectors showing one presenter link: told and disconnected when it is revoked */
  link: (linkId: string) => `link:${linkId}`,
  /** every facilitator screen of one signed-in user, whatever the session */
  user: (userId: string) => `user:${userId}`,
  /** every presenter and report socket of this process, whatever the session: live:status */
  viewers: 'viewers',
  /** the rooms of one session that watch its heatmap: presenters, report viewers, projectors */
  heatmapViewers: (id: string): string[] => [rooms.presenters(id), rooms.reports(id), rooms.projectors(id)],
};
