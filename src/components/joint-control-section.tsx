import type { Agreement } from '@/lib/content';
import { agreementPath } from '@/lib/routes';

import { authoritySections } from './authority-sections';

interface JointControlSectionProps {
  agreements: readonly Agreement[];
}

/** The joint-controllership arrangements an authority takes part in; nothing when there are none. */
export function JointControlSection({ agreements }: JointControlSectionProps) {
  if (agreements.length === 0) return null;
  return (
    <section aria-labelledby={authoritySections.jointControl.id}>
      <h2 id={authoritySections.jointControl.id}>{authoritySections.jointControl.title()}</h2>
      <p>For nogle behandlinger deler vi ansvaret med andre myndigheder:</p>
      <ul className="link-list">
        {agreements.map((agreement) => (
          <li key={agreement.slug}>
            <a href={agreementPath(agreement.slug)}>{agreement.title}</a>
            <p>{agreement.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
