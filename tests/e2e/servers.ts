/** Where the end-to-end tests reach the publication: behind nginx (as in production) and behind `npm run serve`. */
export const publicationPort = Number(process.env.PORT ?? 3100);
export const servePort = publicationPort + 1;
