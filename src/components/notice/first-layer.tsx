import type { ReactNode } from 'react';

import { requestPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { gdprProvision } from '@/i18n/citations';
import { namesStartingSentence } from '@/i18n/names';
import { inSentence } from '@/i18n/phrases';
import { authorityElementState, isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { applicableRights } from '@/lib/gdpr/rights';
import { authoritySectionIds, firstLayerId, legalBasisPartIds, noticeSectionIds } from '@/lib/section-ids';
import type { Authority, Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import { namedLaws } from './legal-basis-lines';
import { hasRetentionPeriod, RetentionPeriod } from './retention-period';

interface FirstLayerProps {
  authority: Authority;
  notice: Notice;
}

/** One fact of the first layer: its label, linked to the section that says it in full, and the fact. */
interface Fact {
  label: string;
  section: string;
  value: ReactNode;
}

/** At most this many recipients are named; the section lists them all. */
const namedRecipients = 3;

const notPublished = () => words().gapNote.notPublished;

function legalBasis(notice: Notice): ReactNode {
  const w = words();
  if (!isUnstated(noticeElementState(notice, 'legalBasis')))
    return (notice.legalBases ?? []).map((basis) => (
      <p key={basis.article} className="first-layer-line">
        {w.firstLayer.basis(w.legalBases[basis.article], gdprProvision(basis.article))}
      </p>
    ));
  // Where the art. 6 article is not stated but a law is, the reader is told exactly that, not "not published".
  const laws = namedLaws(notice);
  if (laws.length === 0) return notPublished();
  // Several laws are counted, not named, to keep the line short: the section names them all.
  if (laws.length > 1) return w.firstLayer.lawsWithoutArticle(laws.length);
  return w.firstLayer.lawWithoutArticle(
    <ContentText of={notice} field="statutes">
      {laws[0]}
    </ContentText>,
  );
}

function dataCategories(notice: Notice): ReactNode {
  const w = words();
  if (isUnstated(noticeElementState(notice, 'dataCategories'))) return notPublished();
  const kinds = [...new Set((notice.dataCategories ?? []).map((category) => category.kind))];
  return kinds.length > 0
    ? w.list(
        kinds.map((kind, index) =>
          index === 0 ? w.dataCategories[kind] : inSentence(w.dataCategories[kind]),
        ),
      )
    : undefined;
}

function recipients(notice: Notice): ReactNode {
  const w = words();
  if (isUnstated(noticeElementState(notice, 'recipients'))) return notPublished();
  const all = notice.recipients ?? [];
  if (all.length === 0) return w.firstLayer.noRecipients;
  // "and 1 more" would take the room of the name itself.
  const named = all.length > namedRecipients + 1 ? all.slice(0, namedRecipients) : all;
  const more = all.length - named.length;
  const wordedNames = namesStartingSentence(named.map((recipient) => w.nameForms(recipient)));
  const names = wordedNames.map((name, index) => (
    <ContentText key={index} of={notice} field="recipients">
      {name}
    </ContentText>
  ));
  return w.list([...names, ...(more > 0 ? [w.firstLayer.moreRecipients(more)] : [])]);
}

function retention(notice: Notice): ReactNode {
  if (isUnstated(noticeElementState(notice, 'retention'))) return notPublished();
  if (!hasRetentionPeriod(notice)) return words().firstLayer.noPeriod;
  return <RetentionPeriod notice={notice} />;
}

function rights(authority: Authority, notice: Notice): ReactNode {
  const w = words();
  const erasure = applicableRights(notice).find((right) => right.id === 'erasure');
  return (
    <>
      <a href={localized(requestPath(authority.slug))}>{w.request.useYourRights}</a>
      {erasure?.limited && <> {w.firstLayer.erasureLimited}</>}
      {erasure?.mayBeLimited && <> {w.firstLayer.erasureMayBeLimited}</>}
    </>
  );
}

function dpo(authority: Authority): ReactNode {
  const w = words().firstLayer;
  return authorityElementState(authority, 'dpoContact').kind === 'stated'
    ? w.askDpo(authority.nameForms)
    : w.dpoNotPublished(authority.nameForms);
}

/**
 * The facts a reader comes for, each in one line under the title (WP260's first layer): the legal basis,
 * how long the data is kept and how to use one's rights come first, so they fit a phone's first screen;
 * the authority is named in the breadcrumbs above them already.
 * A fact the notice does not publish says so in place; its reason stays in its section.
 */
function factsOf(authority: Authority, notice: Notice): Fact[] {
  const w = words().firstLayer;
  const facts: Fact[] = [
    { label: w.legalBasis, section: legalBasisPartIds.legalBases, value: legalBasis(notice) },
    { label: w.retention, section: noticeSectionIds.retention, value: retention(notice) },
    { label: w.rights, section: noticeSectionIds.rights, value: rights(authority, notice) },
    { label: w.responsible, section: authoritySectionIds.contact, value: authority.name },
    {
      label: w.purpose,
      section: noticeSectionIds.legalBasis,
      value: (
        <ContentText of={notice} field="purpose">
          {notice.purpose}
        </ContentText>
      ),
    },
    { label: w.data, section: noticeSectionIds.dataCategories, value: dataCategories(notice) },
    { label: w.recipients, section: noticeSectionIds.recipients, value: recipients(notice) },
    { label: w.dpo, section: authoritySectionIds.dpo, value: dpo(authority) },
  ];
  return facts.filter((fact) => fact.value !== undefined);
}

/** The first layer of a notice: who, why, on what basis, what, to whom, how long, your rights, and whom to ask. */
export function FirstLayer({ authority, notice }: FirstLayerProps) {
  return (
    <section aria-labelledby={firstLayerId} className="first-layer">
      <h2 id={firstLayerId}>{words().firstLayer.title}</h2>
      <dl>
        {factsOf(authority, notice).map(({ label, section, value }) => (
          <div key={label}>
            <dt>
              <a href={`#${section}`}>{label}</a>
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
