import { authorityChangesPath, changesPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { changeKinds, type ChangeKind, type NoticeChange } from '@/lib/changes';
import type { Authority } from '@/lib/site-content';

import { NoticeLink } from './notice-link';

/** The anchor of each kind's section. */
const sectionIds: Record<ChangeKind, string> = {
  processing: 'aendringer-i-behandlingen',
  published: 'nye-beskrivelser',
  wording: 'aendringer-i-teksten',
};

interface ChangeLogProps {
  changes: readonly NoticeChange[];
  authorities: readonly Authority[];
  /** The authority the log is filtered to; every authority's changes when absent. */
  current?: string;
}

/**
 * The change log: links that filter it by authority (pages of their own, so no script is needed), then
 * the changes in the processing apart from new notices and changes of the text alone, newest first,
 * each with one line on what changed for the reader and the change note.
 */
export function ChangeLog({ changes, authorities, current }: ChangeLogProps) {
  const w = words();
  const filters = [
    { slug: undefined, label: w.changes.allAuthorities, path: changesPath },
    ...authorities.map((authority) => ({
      slug: authority.slug,
      label: authority.name,
      path: authorityChangesPath(authority.slug),
    })),
  ];
  const whatChanged = (change: NoticeChange) =>
    change.kind === 'processing'
      ? w.changes.whatChanged.processing(
          w.list(change.changed.map((element) => w.noticeElements[element])).join(''),
        )
      : w.changes.whatChanged[change.kind];
  return (
    <>
      <nav aria-labelledby="vis-aendringer">
        <h2 id="vis-aendringer">{w.changes.filter}</h2>
        <ul className="change-filter">
          {filters.map((filter) => (
            <li key={filter.path}>
              <a href={localized(filter.path)} aria-current={filter.slug === current ? 'page' : undefined}>
                {filter.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {changeKinds.map((kind) => {
        const ofKind = changes.filter((change) => change.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={sectionIds[kind]}>
            <h2 id={sectionIds[kind]}>{w.changes.kinds[kind]}</h2>
            <p>{w.changes.kindIntros[kind]}</p>
            <ol className="link-list change-feed">
              {ofKind.map((change) => (
                <li key={change.key} data-change-kind={kind}>
                  <NoticeLink
                    href={localized(change.path)}
                    title={change.noticeTitle}
                    authorityName={change.authority.name}
                  />
                  <p>
                    <time dateTime={change.date}>{w.formatDate(change.date)}</time> ·{' '}
                    <strong>{change.authority.name}</strong> · {whatChanged(change)}
                  </p>
                  <p>{change.note}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
