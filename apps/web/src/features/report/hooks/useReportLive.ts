import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { keepConnected, openLiveSocket } from '../../../lib/live-socket';
import { type Report, applyLiveHeatmap, reportKey } from '../api';

/**
 * While a session is still running, the report follows it through the read-only `heatmap`
 * event, reconnecting by the shared rules and fetching the report again on every
 * reconnect (what changed while the link was down). Returns whether the live link is up.
 */
export function useReportLive(token: string, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const link = openLiveSocket({ shareToken: token }, (socket) => {
      let connectedOnce = false;
      socket.on('connect', () => {
        setLive(true);
        if (connectedOnce) void queryClient.invalidateQueries({ queryKey: reportKey(token, { segment: null, round: null }) });
        connectedOnce = true;
      });
      socket.on('disconnect', () => setLive(false));
      // while the server's database is away the numbers stand still: not "live" until it is back
      socket.on('live:status', ({ answers }) => {
        setLive(answers === 'saving');
        if (answers === 'saving') void queryClient.invalidateQueries({ queryKey: reportKey(token, { segment: null, round: null }) });
      });
      socket.on('connect_error', () => setLive(false));
      socket.on('heatmap', (heatmap) => {
        queryClient.setQueryData<Report>(reportKey(token, { segment: null, round: null }), (old) => applyLiveHeatmap(old, heatmap));
      });
      // a revoked link is the report page's own answer (its next read says so); nothing to reconnect
      return keepConnected(socket, { refused: () => setLive(false), closedByServer: () => setLive(false) });
    });
    return () => {
      link.close();
      setLive(false);
    };
  }, [enabled, token, queryClient]);
  return enabled && live;
}
