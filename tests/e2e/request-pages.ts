import { sourceLanguage } from '../../src/config/languages';
import { requestRightPath } from '../../src/config/routes';
import { dictionaryOf } from '../../src/i18n/dictionaries';
import { da } from '../../src/i18n/dictionaries/da';
import type { RightId } from '../../src/lib/content/schema';
import { buildRequest } from '../../src/lib/rights-request';
import { contentIn } from '../../src/lib/site-content/localize';
import { content } from './site-content';

/** The request a letter page shows, as the server builds it: for every notice, in the page's language. */
export function requestOf(authoritySlug: string, right: RightId, language: string) {
  const localized = contentIn(content, language);
  const authority = localized.authorities.find((candidate) => candidate.slug === authoritySlug)!;
  return buildRequest({
    authority,
    right,
    notices: 'all',
    words: dictionaryOf(language),
    supervisor: localized.complaint.supervisoryAuthority,
  });
}

/**
 * A letter with notices to choose from: access applies to every notice, so the authority with the most
 * notices gives the longest list.
 */
const widest = content.authorities.reduce((most, authority) =>
  authority.notices.length > most.notices.length ? authority : most,
);
export const accessRequest = {
  authority: widest,
  path: requestRightPath(widest.slug, 'access'),
  request: requestOf(widest.slug, 'access', sourceLanguage),
};

export const requestWords = da.requestPage;

/** A restriction letter, whose grounds (art. 18(1)) the reader ticks. */
const restricting = content.authorities.find((authority) =>
  authority.requestableRights.includes('restriction'),
)!;
export const restrictionRequest = {
  authority: restricting,
  path: requestRightPath(restricting.slug, 'restriction'),
  request: requestOf(restricting.slug, 'restriction', sourceLanguage),
};
