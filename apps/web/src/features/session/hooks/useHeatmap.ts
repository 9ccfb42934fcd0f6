import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type HeatmapParams, heatmapQuery } from '../api';
import { useSessionReads } from '../reads';

/**
 * One heatmap of the session. While another segment or round loads, the previous numbers
 * stay on screen (marked as placeholder) instead of a blank that would make the layout jump.
 */
export function useHeatmap(sessionId: string, params: HeatmapParams = {}, enabled = true) {
  return useQuery({ ...heatmapQuery(sessionId, params, useSessionReads()), enabled, placeholderData: keepPreviousData });
}
