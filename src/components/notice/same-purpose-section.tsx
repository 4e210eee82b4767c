import type { OverviewEntry } from '@/lib/overview';
import { purposePath, topicPath } from '@/lib/routes';

interface SamePurposeSectionProps {
  entries: readonly OverviewEntry[];
  topic: { id: string; title: string };
}

/** Links to the same purpose at other authorities; nothing when no other authority has it. */
export function SamePurposeSection({ entries, topic }: SamePurposeSectionProps) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="samme-formaal">
      <h2 id="samme-formaal">Samme formål hos andre myndigheder</h2>
      <ul>
        {entries.map(({ purpose, authorityName }) => (
          <li key={`${purpose.authority}/${purpose.slug}`}>
            <a href={purposePath(purpose.authority, purpose.slug)}>
              {purpose.title} – {authorityName}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={topicPath(topic.id)}>Se alle formål under emnet {topic.title}</a>
      </p>
    </section>
  );
}
