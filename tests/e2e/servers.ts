/** Where the end-to-end tests reach the two serving modes: `next start`, and nginx with the static publication. */
export const serverPort = Number(process.env.PORT ?? 3100);
export const publicationPort = serverPort + 1;
