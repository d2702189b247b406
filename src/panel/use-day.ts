/** A day ("2 March 2015", "2 مارس 2015") in the reader's language, through Intl. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** `iso` is YYYY-MM-DD; the day is read in UTC, so no time zone moves it. */
export function useDay(): (iso: string) => string {
  const intl = useIntl();
  return useCallback((iso: string) => intl.formatDate(new Date(`${iso}T00:00:00Z`), DAY), [intl]);
}
