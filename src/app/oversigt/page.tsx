import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MarkdownHtml } from '@/components/markdown-html';
import { getContent } from '@/lib/content';
import { purposesByTopic } from '@/lib/overview';
import { purposePath } from '@/lib/routes';

export function generateMetadata(): Metadata {
  const { topics } = getContent();
  return { title: topics.title, description: topics.summary };
}

export default function OverviewPage() {
  const content = getContent();
  const groups = purposesByTopic(content);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Forside', href: '/' }]} current={content.topics.title} />
      <h1>{content.topics.title}</h1>
      <p className="lead">{content.topics.summary}</p>
      <MarkdownHtml html={content.topics.body.html} />
      <nav aria-labelledby="emner">
        <h2 id="emner">Emner</h2>
        <ul className="topic-index">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`}>{group.title}</a> ({group.entries.length})
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h2 id={group.id}>{group.title}</h2>
          <ul className="link-list">
            {group.entries.map(({ purpose, authorityName }) => (
              <li key={`${purpose.authority}/${purpose.slug}`}>
                <a href={purposePath(purpose.authority, purpose.slug)}>
                  {purpose.title}
                  <span className="visually-hidden"> – {authorityName}</span>
                </a>
                <p>
                  <strong>{authorityName}</strong> · {purpose.summary}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
