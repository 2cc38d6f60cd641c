import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
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

interface SessionValue {
  user: SessionUser | null;
  loading: boolean;
  can: (permission: string) => boolean;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue>({ user: null, loading: true, can: () => false, refresh: async () => undefined });

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const s = await api.get<{ user: SessionUser; csrfToken: string }>('/api/auth/session');
        setCsrfToken(s.csrfToken);
        return s.user;
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
  });
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(['session'], null);
    });
  }, [queryClient]);
  const user = query.data ?? null;
  const value: SessionValue = {
    user,
    loading: query.isLoading,
    can: (permission) => !!user?.permissions.includes(permission),
    refresh: async () => {
      await queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
