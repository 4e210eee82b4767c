import { agreementPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Agreement } from '@/lib/site-content';

import type { SectionHeading } from './page-sections';

interface JointControlSectionProps {
  heading: SectionHeading;
  agreements: readonly Agreement[];
}

/** The joint-controllership arrangements an authority takes part in. */
export function JointControlSection({ heading, agreements }: JointControlSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{words().authorityPage.jointControlIntro}</p>
      <ul className="link-list">
        {agreements.map((agreement) => (
          <li key={agreement.slug}>
            <a href={localized(agreementPath(agreement.slug))}>{agreement.title}</a>
            <p>{agreement.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
