import { requestPath, requestRightPath } from '../../src/config/routes';
import { da } from '../../src/i18n/dictionaries/da';
import { content, pages } from './site-content';

/** Every request page, the list of rights and each right's letter, in every language. */
export const requestPages = pages.filter((page) =>
  content.authorities.some((authority) => page.sourcePath.startsWith(`${requestPath(authority.slug)}`)),
);

/** The letters: the request pages of a right, not the lists of rights. */
export const letterPages = requestPages.filter(
  (page) => !content.authorities.some((authority) => page.sourcePath === requestPath(authority.slug)),
);

/**
 * A letter with purposes to choose from: access applies to every notice, so the authority with the most
 * notices gives the longest list.
 */
const widest = content.authorities.reduce((most, authority) =>
  authority.purposes.length > most.purposes.length ? authority : most,
);
export const accessRequest = {
  authority: widest,
  path: requestRightPath(widest.slug, 'access'),
};

export const requestWords = da.requestPage;
