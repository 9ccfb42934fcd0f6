import { queryOptions } from '@tanstack/react-query';
import type { TCreateWorkshopRequest, TLocale, TSessionSummary, TTemplate, TUpdateWorkshopRequest, TWorkshop, TWorkshopFile } from '@thinline/shared';
import { http } from '../../lib/http';

const enc = encodeURIComponent;

export const workshopKeys = {
  list: ['workshops'] as const,
  detail: (id: string) => ['workshop', id] as const,
  sessions: (id: string) => ['workshop-sessions', id] as const,
  templates: (locale: TLocale) => ['templates', locale] as const,
};

export const workshopsQuery = () =>
  queryOptions({ queryKey: workshopKeys.list, queryFn: () => http.get<TWorkshop[]>('/api/workshops') });

export const workshopQuery = (id: string) =>
  queryOptions({ queryKey: workshopKeys.detail(id), queryFn: () => http.get<TWorkshop>(`/api/workshops/${enc(id)}`) });

/** The built-in templates in `locale`: their titles, roles and concerns in that language. */
export const templatesQuery = (locale: TLocale) =>
  queryOptions({
    queryKey: workshopKeys.templates(locale),
    queryFn: () => http.get<TTemplate[]>(`/api/templates?locale=${enc(locale)}`),
    staleTime: Infinity,
  });

export const workshopSessionsQuery = (id: string) =>
  queryOptions({
    queryKey: workshopKeys.sessions(id),
    queryFn: () => http.get<TSessionSummary[]>(`/api/workshops/${enc(id)}/sessions`),
  });

export const createWorkshop = (body: TCreateWorkshopRequest) => http.post<TWorkshop>('/api/workshops', body);

export const updateWorkshop = (id: string, body: TUpdateWorkshopRequest) => http.patch<TWorkshop>(`/api/workshops/${enc(id)}`, body);

export const deleteWorkshop = (id: string) => http.delete(`/api/workshops/${enc(id)}`);

export const importWorkshop = (file: TWorkshopFile) => http.post<TWorkshop>('/api/workshops/import', file);

export const exportWorkshop = (id: string) => http.get<TWorkshopFile>(`/api/workshops/${enc(id)}/export`);
