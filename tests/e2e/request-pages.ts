import { da } from '../../src/i18n/dictionaries/da';
import { requestRightPath } from '../../src/lib/routes';
import { content } from './site-content';

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
