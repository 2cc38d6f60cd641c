import { useMediaQuery } from '@mantine/hooks';

/**
 * Desktop layout (tables) from Mantine's `sm` breakpoint up; phones get cards.
 * Read synchronously so the first paint already has the right layout (this
 * app renders only in the browser).
 */
export function useWide(): boolean {
  return useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
}
