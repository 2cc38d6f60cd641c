/** Extra sections on the account page (reminder preferences, calendar feed). */
export function AccountExtras() {
  return null;
}
