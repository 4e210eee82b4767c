import { requestPath, requestRightPath } from '../../src/config/routes';
import { dictionaryOf } from '../../src/i18n/dictionaries';
import { da } from '../../src/i18n/dictionaries/da';
import { buildRequest } from '../../src/lib/rights-request';
import { contentIn } from '../../src/lib/site-content/localize';
import { content, pages } from './site-content';

/** Every request page, the list of rights and each right's letter, in every language. */
export const requestPages = pages.filter((page) =>
  content.authorities.some((authority) => page.sourcePath.startsWith(`${requestPath(authority.slug)}`)),
);

/** The letters: the request pages of a right, not the lists of rights. */
export const letterPages = requestPages.filter(
  (page) => !content.authorities.some((authority) => page.sourcePath === requestPath(authority.slug)),
);

/** The request a letter page shows, as the server builds it: for every purpose, in the page's language. */
export function requestOf(page: (typeof letterPages)[number]) {
  const localized = contentIn(content, page.language);
  for (const authority of localized.authorities)
    for (const right of authority.requestableRights)
      if (page.sourcePath === requestRightPath(authority.slug, right))
        return buildRequest({
          authority,
          right,
          purposes: 'all',
          words: dictionaryOf(page.language),
          supervisor: localized.complaint.supervisoryAuthority,
        });
  throw new Error(`${page.path} is no letter page`);
}

/**
 * A letter with purposes to choose from: access applies to every notice, so the authority with the most
 * notices gives the longest list.
 */
const widest = content.authorities.reduce((most, authority) =>
  authority.purposes.length > most.purposes.length ? authority : most,
);
const accessPath = requestRightPath(widest.slug, 'access');
export const accessRequest = {
  authority: widest,
  path: accessPath,
  request: requestOf(letterPages.find((page) => page.path === accessPath)!),
};

export const requestWords = da.requestPage;
