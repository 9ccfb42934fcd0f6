import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type HeatmapParams, heatmapQuery, sessionQuery } from '../api';

/** The session: settings, snapshot of roles and concerns, and its live state (kept current by the socket). */
export function useSession(sessionId: string) {
  return useQuery(sessionQuery(sessionId));
}

/**
 * One heatmap of the session. While another segment or round loads, the previous numbers
 * stay on screen (marked as placeholder) instead of a blank that would make the layout jump.
 */
export function useHeatmap(sessionId: string, params: HeatmapParams = {}, enabled = true) {
  return useQuery({ ...heatmapQuery(sessionId, params), enabled, placeholderData: keepPreviousData });
}
