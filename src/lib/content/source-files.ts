import { contentLabel } from '../../config/environment';

/**
 * The file each kind of page is made from, named as the loader names it in its problems, whether the file
 * is valid or not: a broken file is left out of the loaded content, yet its page must say what is wrong.
 */
export const authorityFile = (authority: string, label = contentLabel) =>
  `${label}/authorities/${authority}.md`;

export const purposeFile = (authority: string, purpose: string, label = contentLabel) =>
  `${label}/purposes/${authority}/${purpose}.md`;

export const agreementFile = (agreement: string, label = contentLabel) =>
  `${label}/agreements/${agreement}.md`;
