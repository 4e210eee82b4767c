import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import { PurposeLink } from '@/components/purpose-link';
import { listChanges } from '@/lib/changes';
import { getContent, getPageDates } from '@/lib/content';
import { formatDate } from '@/lib/labels';
import { pageMetadata } from '@/lib/page-metadata';
import { authorityFeedPath, changesPath, siteFeedPath } from '@/lib/routes';

const title = 'Ændringer i beskrivelserne';
const description =
  'Alle ændringer i beskrivelserne af, hvordan myndighederne behandler personoplysninger, med de nyeste først.';

export const metadata: Metadata = pageMetadata({
  path: changesPath,
  title,
  description,
  feed: { path: siteFeedPath, title },
});

export default function ChangesPage() {
  const content = getContent();
  const changes = listChanges(content);
  return (
    <>
      <PageTrail
        path={changesPath}
        dates={getPageDates(changesPath)}
        trail={[{ label: 'Forside', href: '/' }]}
        current={title}
        description={description}
      />
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      <h2 id="foelg-med">Følg med i ændringerne</h2>
      <p>Du kan abonnere på ændringerne med en feed-læser (Atom):</p>
      <ul>
        <li>
          <a href={siteFeedPath}>Alle myndigheder (Atom-feed)</a>
        </li>
        {content.authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={authorityFeedPath(authority.slug)}>{authority.name} (Atom-feed)</a>
          </li>
        ))}
      </ul>
      <h2 id="alle-aendringer">Alle ændringer</h2>
      <ol className="link-list change-feed">
        {changes.map((change) => (
          <li key={change.key}>
            <PurposeLink
              href={change.path}
              title={change.purposeTitle}
              authorityName={change.authority.name}
            />
            <p>
              <time dateTime={change.date}>{formatDate(change.date)}</time> ·{' '}
              <strong>{change.authority.name}</strong> · {change.note}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
