/**
 * The not-found page as a file of its own in every language (404.html, en/404.html), which the web
 * server answers for an address it does not have (deploy/nginx/). The same page as not-found.tsx.
 */
export { default, generateMetadata } from '../not-found';
