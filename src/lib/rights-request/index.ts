/** Requests to use a right: which rights apply at an authority, and the request written for the reader. */
export { buildRequest, type RequestInput } from './build';
export { requestableRights, type RequestableRight } from './requestable';
// The letter's plain text is the browser's own module, so the tests pin the text readers copy.
export {
  coversEveryPurpose as coversEveryNotice,
  optionBox,
  requestAsText,
  type ReaderInput,
} from '../../../public/anmodning-tekst.js';
// When the answer is due, likewise the browser's own module.
export { answerDue, dayFormatter, isoDay } from '../../../public/anmodning-frist.js';
export * from './types';
