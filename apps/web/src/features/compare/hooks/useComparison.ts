import { useQuery } from '@tanstack/react-query';
import { comparisonQuery } from '../api';

/** The comparison of a and b, fetched once both are picked and different. */
export function useComparison(a: string | null, b: string | null) {
  return useQuery({ ...comparisonQuery(a ?? '', b ?? ''), enabled: a !== null && b !== null && a !== b });
}
