/** Requests to use a right: which rights apply at an authority, and the request written for the reader. */
export { buildRequest, type RequestInput } from './build';
export { requestableRights, type RequestableRight } from './requestable';
export { requestAsText, type FilledBlanks } from './text';
export * from './types';
