/**
 * Notifications as the bell and the list page read them. The bell polls
 * gently — every 60 s while the tab is visible, and when the tab regains
 * focus — asking only for the few unread ones, so a district's slow link
 * pays a few hundred bytes a minute.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, qs } from '../../lib/api.ts';
import type { NotificationList } from './types.ts';

export const BELL_LIMIT = 6;
const POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  bell: ['notifications', 'bell'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
};

/** `enabled`: only once the full session is known, so the bell never races the login for the cookie. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bell,
    queryFn: () => api.get<NotificationList>(`/api/notifications${qs({ unread: 'true', limit: BELL_LIMIT })}`),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
    retry: false,
    enabled,
  });
}

export function useNotificationList(unreadOnly: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: () => api.get<NotificationList>(`/api/notifications${qs({ unread: unreadOnly ? 'true' : 'false', limit: 200 })}`),
  });
}

/** Marks some (or, with null, all) notifications read and refreshes the bell and the list. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useCallback(
    async (ids: string[] | null) => {
      await api.post('/api/notifications/read', { ids });
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
    [queryClient],
  );
}
