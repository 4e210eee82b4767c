// hyphen ships no types; these are the calls the publication's titles step makes. Each language's module
// is CommonJS without named exports, so it is imported whole.
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

declare module 'hyphen/da/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}

declare module 'hyphen/en-gb/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
