import { type CheckerCategory, checkText } from '../../../common/checker';
import type { OrganisationSettings } from '../../domain/organisation';

/**
 * How many documentation-checker findings an author shared anyway, counted the way the
 * organisation's editors showed them: the categories it turned off are left out, each text is
 * checked on its own. Only the number goes on the record, never the findings.
 */
export function findingsIgnored(
  texts: string | readonly (string | null | undefined)[],
  settings: Pick<OrganisationSettings, 'checkerDisabled'>,
): number {
  const disabledCategories = settings.checkerDisabled as CheckerCategory[];
  return (typeof texts === 'string' ? [texts] : texts).reduce(
    (n, t) => n + (t ? checkText(t, { disabledCategories }).length : 0),
    0,
  );
}
