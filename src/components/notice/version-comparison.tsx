import type { ReactNode } from 'react';

import { words } from '@/i18n';
import { gdprProvision, sectionNumber } from '@/i18n/citations';
import type { Dictionary } from '@/i18n/dictionaries/da';
import type { Duration } from '@/lib/dates';
import { compareNotices, type Fact, type NoticeComparison } from '@/lib/notice-comparison';
import { versionSectionIds } from '@/lib/section-ids';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';

interface VersionComparisonProps {
  /** The past version the page shows. */
  version: Notice;
  /** What it is compared with: the current notice, or a withdrawn notice's last version; absent on that last version's page. */
  latest?: { notice: Notice; withdrawn?: boolean };
  /** The version before it, with the date it applied from; absent for the first version. */
  previous?: { notice: Notice; date: string };
}

type Item = Record<string, string | undefined>;

/** A fact in the page's words: a legal basis with its law, a data category with its kind, … */
function factText({ field, item }: Fact, w: Dictionary): string {
  const fields = item as Item;
  switch (field) {
    case 'legalBases':
    case 'specialCategoryBases': {
      const citation = (field === 'legalBases' ? w.notice.gdprArticle : w.notice.gdprSensitiveArticle)(
        gdprProvision(fields.article!),
      );
      return fields.law ? w.notice.underLaw(citation, fields.law) : citation;
    }
    case 'dataProtectionActBases':
      return [w.notice.dataProtectionAct(sectionNumber(fields.section!)), fields.detail]
        .filter(Boolean)
        .join(', ');
    case 'dataCategories':
      return `${w.dataCategories[fields.kind as keyof Dictionary['dataCategories']]}: ${fields.description}`;
    case 'sources':
      return `${w.sourceKinds[fields.kind as keyof Dictionary['sourceKinds']]}: ${fields.description}`;
    case 'recipients':
      return fields.reason ? `${fields.name} (${fields.reason})` : fields.name!;
    case 'transfers':
      return [
        fields.recipient,
        w.transferSafeguards[fields.safeguard as keyof Dictionary['transferSafeguards']],
        fields.detail,
      ]
        .filter(Boolean)
        .join(' – ');
    case 'automatedDecisions':
      return w.versions.automatedUsed(item as boolean);
    case 'retentionPeriod':
      return typeof item === 'string' ? item : w.formatDuration(item as Duration);
    default:
      return String(item);
  }
}

function Facts({ facts, label, Mark }: { facts: Fact[]; label: string; Mark: 'ins' | 'del' }) {
  const w = words();
  if (facts.length === 0) return null;
  return (
    <>
      <p>{label}</p>
      <ul>
        {facts.map((fact, index) => (
          <li key={index}>
            <Mark>{factText(fact, w)}</Mark>
          </li>
        ))}
      </ul>
    </>
  );
}

interface ComparisonPartProps {
  id: string;
  title: ReactNode;
  comparison: NoticeComparison;
  /** The newer of the two versions, whose change notes are listed. */
  newer: Notice;
}

/** One comparison: each changed section with its facts and words, then the change notes in between. */
function ComparisonPart({ id, title, comparison, newer }: ComparisonPartProps) {
  const w = words();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {comparison.sections.length === 0 && <p>{w.versions.otherChanges}</p>}
      {comparison.sections.map(({ section, added, removed, wording }) => (
        <div key={section} className="word-diff">
          <h4>{section === 'text' ? w.versions.textSection : w.notice.sections[section]}</h4>
          <Facts facts={removed} label={w.versions.removed} Mark="del" />
          <Facts facts={added} label={w.versions.added} Mark="ins" />
          {wording.map(({ field, parts }) => (
            <p key={field}>
              <strong>{w.versions.fields[field] ?? field}:</strong>{' '}
              {parts.map((part, index) =>
                part.change === 'added' ? (
                  <ins key={index}>
                    <span className="visually-hidden">{w.versions.addedWords}</span>
                    {part.text}
                  </ins>
                ) : part.change === 'removed' ? (
                  <del key={index}>
                    <span className="visually-hidden">{w.versions.removedWords}</span>
                    {part.text}
                  </del>
                ) : (
                  part.text
                ),
              )}
            </p>
          ))}
        </div>
      ))}
      {comparison.changes.length > 0 && (
        <>
          <h4>{w.versions.changeNotes}</h4>
          <ul className="change-list">
            {comparison.changes.map((change, index) => (
              <li key={index}>
                <time dateTime={change.date}>{w.formatDate(change.date)}</time>:{' '}
                <ContentText of={newer} field="changes">
                  {change.note}
                </ContentText>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * What changed from a past version to the current one (a withdrawn notice's last one), and from the
 * version before it to this one: facts added and removed per section, wording word by word, and the
 * change notes of the period. Nothing where there is no other version.
 */
export function VersionComparison({ version, latest, previous }: VersionComparisonProps) {
  const w = words();
  const ids = versionSectionIds;
  if (!latest && !previous) return null;
  return (
    <section aria-labelledby={ids.comparison}>
      <h2 id={ids.comparison}>{w.versions.comparisonHeading}</h2>
      {latest && (
        <ComparisonPart
          id={ids.sinceThis}
          title={latest.withdrawn ? w.versions.sinceThisToLast : w.versions.sinceThis}
          comparison={compareNotices(version, latest.notice)}
          newer={latest.notice}
        />
      )}
      {previous && (
        <ComparisonPart
          id={ids.fromPrevious}
          title={w.versions.fromPrevious(<time dateTime={previous.date}>{w.formatDate(previous.date)}</time>)}
          comparison={compareNotices(previous.notice, version)}
          newer={version}
        />
      )}
    </section>
  );
}
