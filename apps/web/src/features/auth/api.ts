import { queryOptions } from '@tanstack/react-query';
import { ApiError, http } from '../../lib/http';

export interface TUser {
  id: string;
  email: string;
  name: string;
}

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in facilitator, or null when nobody is signed in. */
export async function fetchMe(): Promise<TUser | null> {
  try {
    const { user } = await http.get<{ user: TUser }>('/api/auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = () => queryOptions({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 60_000 });

export const signIn = (body: { email: string; password: string }) =>
  http.post<{ user: TUser }>('/api/auth/login', body).then((r) => r.user);

export const signUp = (body: { email: string; password: string; name: string }) =>
  http.post<{ user: TUser }>('/api/auth/signup', body).then((r) => r.user);

export const signOut = () => http.post<void>('/api/auth/logout');
