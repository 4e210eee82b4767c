import { contentLabel } from '../../config/environment';
import { contentPath } from './content-files';

/**
 * The file each kind of page is made from, named as the loader names it in its problems, whether the file
 * is valid or not: a broken file is left out of the loaded content, yet its page must say what is wrong.
 */
export const authorityFile = (authority: string, label = contentLabel) =>
  `${label}/${contentPath('authority', { slug: authority })}`;

export const noticeFile = (authority: string, notice: string, label = contentLabel) =>
  `${label}/${contentPath('purpose', { authority, slug: notice })}`;

export const agreementFile = (agreement: string, label = contentLabel) =>
  `${label}/${contentPath('agreement', { slug: agreement })}`;
