import { queryOptions } from '@tanstack/react-query';
import type { TCreateWorkshopRequest, TSession, TTemplate, TUpdateWorkshopRequest, TWorkshop, TWorkshopFile } from '@thinline/shared';
import { ApiError, http } from '../../lib/http';

/** A past or running session as the workshop page lists it. */
export type TSessionSummary = Pick<TSession, 'id' | 'joinCode' | 'status' | 'createdAt'> &
  Partial<Pick<TSession, 'title' | 'participants' | 'startedAt' | 'closedAt'>>;

const enc = encodeURIComponent;

/**
 * A list from a response that is either the array itself or an object holding it under
 * `key` (or `items`): api.md names the list endpoints but not their envelope.
 */
export function listFrom<T>(data: unknown, key: string): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    const list = record[key] ?? record.items;
    if (Array.isArray(list)) return list as T[];
  }
  throw new ApiError(0, 'client/unexpected-response', 'The server sent a list this page cannot read. Reload the page; if it persists, tell the Thinline team.');
}

export const workshopKeys = {
  list: ['workshops'] as const,
  detail: (id: string) => ['workshop', id] as const,
  sessions: (id: string) => ['workshop-sessions', id] as const,
  templates: ['templates'] as const,
};

export const workshopsQuery = () =>
  queryOptions({ queryKey: workshopKeys.list, queryFn: async () => listFrom<TWorkshop>(await http.get<unknown>('/api/workshops'), 'workshops') });

export const workshopQuery = (id: string) =>
  queryOptions({ queryKey: workshopKeys.detail(id), queryFn: () => http.get<TWorkshop>(`/api/workshops/${enc(id)}`) });

export const templatesQuery = () =>
  queryOptions({
    queryKey: workshopKeys.templates,
    queryFn: async () => listFrom<TTemplate>(await http.get<unknown>('/api/templates'), 'templates'),
    staleTime: Infinity,
  });

export const workshopSessionsQuery = (id: string) =>
  queryOptions({
    queryKey: workshopKeys.sessions(id),
    queryFn: async () => listFrom<TSessionSummary>(await http.get<unknown>(`/api/workshops/${enc(id)}/sessions`), 'sessions'),
  });

export const createWorkshop = (body: TCreateWorkshopRequest) => http.post<TWorkshop>('/api/workshops', body);

export const updateWorkshop = (id: string, body: TUpdateWorkshopRequest) => http.patch<TWorkshop>(`/api/workshops/${enc(id)}`, body);

export const deleteWorkshop = (id: string) => http.delete(`/api/workshops/${enc(id)}`);

export const importWorkshop = (file: TWorkshopFile) => http.post<TWorkshop>('/api/workshops/import', file);

export const exportWorkshop = (id: string) => http.get<TWorkshopFile>(`/api/workshops/${enc(id)}/export`);
