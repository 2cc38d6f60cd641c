import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { parseCivilDate, type CivilDate } from '../../core/civil-date.ts';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  unitId: string;
  unitName: string;
  mustChangePassword: boolean;
  permissions: string[];
}

interface SessionData {
  user: SessionUser;
  /** True when only the user is known (see `normalise`): the full session is being fetched. */
  partial?: boolean;
  /** The server's civil day (Asia/Ho_Chi_Minh); it may run on a fixed demo clock. */
  today: CivilDate | null;
  maxUploadBytes: number | null;
}

interface SessionValue {
  user: SessionUser | null;
  loading: boolean;
  can: (permission: string) => boolean;
  refresh: () => Promise<void>;
  /**
   * "Today" as the server counts deadlines, so "còn 3 ngày" agrees with the
   * server's statuses even when the browser's clock or zone is off. Null
   * before the session has loaded.
   */
  today: CivilDate | null;
  /** The server's per-file upload limit, to refuse an oversized file before sending it over a slow link. */
  maxUploadBytes: number | null;
}

/**
 * The login screen caches the bare user under the same key after logging in;
 * read that as a session whose `today` and limits are still to come.
 */
function normalise(data: SessionData | SessionUser | null | undefined): SessionData | null {
  if (!data) return null;
  if ('user' in data) return data;
  return { user: data, today: null, maxUploadBytes: null, partial: true };
}

const SessionContext = createContext<SessionValue>({ user: null, loading: true, can: () => false, refresh: async () => undefined, today: null, maxUploadBytes: null });

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<SessionData | SessionUser | null> => {
      try {
        const s = await api.get<{ user: SessionUser; csrfToken: string; today?: string; limits?: { maxUploadBytes?: number } }>('/api/auth/session');
        setCsrfToken(s.csrfToken);
        return { user: s.user, today: s.today ? parseCivilDate(s.today) : null, maxUploadBytes: s.limits?.maxUploadBytes ?? null };
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
    retry: 1,
    select: normalise,
  });
  const partial = query.data?.partial ?? false;
  useEffect(() => {
    // Fetch the rest in the background: the user stays known, nothing flashes.
    if (partial) void queryClient.invalidateQueries({ queryKey: ['session'] });
  }, [partial, queryClient]);
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(['session'], null);
    });
  }, [queryClient]);
  const user = query.data?.user ?? null;
  const value: SessionValue = {
    user,
    loading: query.isLoading,
    can: (permission) => !!user?.permissions.includes(permission),
    refresh: async () => {
      await queryClient.invalidateQueries({ queryKey: ['session'] });
    },
    today: query.data?.today ?? null,
    maxUploadBytes: query.data?.maxUploadBytes ?? null,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
