/** The parts of a schema.org node the tests read. */
export interface JsonLdNode {
  '@type'?: string;
  url?: string;
  dateModified?: string;
  lastReviewed?: string;
  inLanguage?: string;
  itemListElement?: { item?: string }[];
}
