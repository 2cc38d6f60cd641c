/** The notification bell in the header, with the unread count. */
export function NotificationBell() {
  return null;
}
