import { queryOptions } from '@tanstack/react-query';
import type {
  TCreateSessionRequest,
  TCreateWorkshopRequest,
  TLoginRequest,
  TSession,
  TSessionAction,
  TSessionSummary,
  TShareLink,
  TSignupRequest,
  TTemplate,
  TUpdateWorkshopRequest,
  TUser,
  TUserResponse,
  TWorkshop,
  TWorkshopFile,
} from '@thinline/shared';
import { ApiError, http } from '../../lib/http';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- auth ---

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in facilitator, or null when nobody is signed in. */
export async function fetchMe(): Promise<TUser | null> {
  try {
    const { user } = await http.get<TUserResponse>('/api/auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.action === 'sign-in') return null;
    throw error;
  }
}

export const meQuery = () => queryOptions({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 60_000 });

export const signIn = (body: TLoginRequest) => http.post<TUserResponse>('/api/auth/login', body).then((r) => r.user);

export const signUp = (body: TSignupRequest) => http.post<TUserResponse>('/api/auth/signup', body).then((r) => r.user);

export const signOut = () => http.post<void>('/api/auth/logout');

// ----------------------------------------------------------- workshops ---

export const workshopKeys = {
  list: ['workshops'] as const,
  detail: (id: string) => ['workshop', id] as const,
  sessions: (id: string) => ['workshop-sessions', id] as const,
  templates: ['templates'] as const,
};

export const workshopsQuery = () =>
  queryOptions({ queryKey: workshopKeys.list, queryFn: () => http.get<TWorkshop[]>('/api/workshops') });

export const workshopQuery = (id: string) =>
  queryOptions({ queryKey: workshopKeys.detail(id), queryFn: () => http.get<TWorkshop>(`/api/workshops/${enc(id)}`) });

export const templatesQuery = () =>
  queryOptions({
    queryKey: workshopKeys.templates,
    queryFn: () => http.get<TTemplate[]>('/api/templates'),
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

// ------------------------------------------------------------ sessions ---

export const createSession = (workshopId: string, settings: TCreateSessionRequest) =>
  http.post<TSession>(`/api/workshops/${enc(workshopId)}/sessions`, settings);

/** Answers with the session as it is after the action. */
export const postSessionAction = (sessionId: string, action: TSessionAction, concernId?: string) =>
  http.post<TSession>(`/api/sessions/${enc(sessionId)}/actions`, concernId ? { action, concernId } : { action });

export const createShareLink = (sessionId: string) => http.post<TShareLink>(`/api/sessions/${enc(sessionId)}/share`);

export const revokeShareLink = (sessionId: string, token: string) => http.delete(`/api/sessions/${enc(sessionId)}/share/${enc(token)}`);

/** Exports a browser can download with the facilitator's cookie (api.md). */
export const sessionExportUrl = (sessionId: string, format: 'png' | 'svg' | 'pdf' | 'csv' | 'xlsx' | 'json') =>
  `/api/sessions/${enc(sessionId)}/export.${format}`;
