import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { openLiveSocket } from '../../../lib/live-socket';
import { type Report, applyLiveHeatmap, reportKey } from '../api';

/**
 * While a session is still running, the report follows it through the read-only `heatmap`
 * event. Returns whether the live link is up.
 */
export function useReportLive(token: string, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const link = openLiveSocket({ shareToken: token }, (socket) => {
      socket.on('connect', () => setLive(true));
      socket.on('disconnect', () => setLive(false));
      socket.on('connect_error', () => setLive(false));
      socket.on('heatmap', (heatmap) => {
        queryClient.setQueryData<Report>(reportKey(token, { segment: null, round: null }), (old) => applyLiveHeatmap(old, heatmap));
      });
    });
    return () => {
      link.close();
      setLive(false);
    };
  }, [enabled, token, queryClient]);
  return enabled && live;
}
