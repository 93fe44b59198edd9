import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '../../common/api/auth';
import { sessionQuery } from '../api/queries';

/** The signed-in person; only used below the signed-in shell, which renders nothing without one. */
export function useSession(): SessionResponse {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useSession() was called outside the signed-in shell');
  return data;
}

export function useOptionalSession(): SessionResponse | null {
  return useQuery(sessionQuery).data ?? null;
}
