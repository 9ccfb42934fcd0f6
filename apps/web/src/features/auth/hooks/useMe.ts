import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api';

/** The signed-in facilitator (null when signed out). */
export function useMe() {
  return useQuery(meQuery());
}
