import { queryOptions } from '@tanstack/react-query';
import type { TAuthProviders, TLoginRequest, TSignupRequest, TUser, TUserResponse } from '@thinline/shared';
import { ApiError, http } from '../../lib/http';

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

/** How one signs in here: password, single sign-on, or both. */
export const providersQuery = () => queryOptions({ queryKey: ['auth', 'providers'] as const, queryFn: () => http.get<TAuthProviders>('/api/auth/providers'), staleTime: Infinity });

export const meQuery = () => queryOptions({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 60_000 });

export const signIn = (body: TLoginRequest) => http.post<TUserResponse>('/api/auth/login', body).then((r) => r.user);

export const signUp = (body: TSignupRequest) => http.post<TUserResponse>('/api/auth/signup', body).then((r) => r.user);

export const signOut = () => http.post<void>('/api/auth/logout');
