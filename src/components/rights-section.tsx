import { rightPath, rightsPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { withNamePlaceholders } from '@/i18n/names';
import { unionOfRights } from '@/lib/gdpr/rights';
import type { Authority, Rights } from '@/lib/site-content';

import type { SectionHeading } from './page-sections';
import { UseYourRightsLink } from './request/use-your-rights-link';

interface RightsSectionProps {
  heading: SectionHeading;
  authority: Authority;
  rights: Rights;
}

/** The rights that apply to at least one of the authority's notices, worded with its name. */
export function RightsSection({ heading, authority, rights }: RightsSectionProps) {
  const applying = new Set(unionOfRights(authority.notices));
  const w = words().authorityPage;
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{w.rightsIntro}</p>
      <ul>
        {rights.rights
          .filter((right) => applying.has(right.id))
          .map((right) => (
            <li key={right.id}>
              <a href={localized(rightPath(right.id))}>
                {withNamePlaceholders(right.hubText, authority.nameForms)}
              </a>
            </li>
          ))}
      </ul>
      <UseYourRightsLink authority={authority} />
      <p>
        {w.rightsWhich} <a href={localized(rightsPath)}>{w.rightsMore}</a>.
      </p>
    </section>
  );
}
