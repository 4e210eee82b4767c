/**
 * Citations of the rules the site names, in each language's own way, built from structured values:
 * "artikel 7, stk. 3" and "Article 7(3)"; "databeskyttelseslovens § 8" and "Section 8 of the Danish Data
 * Protection Act (databeskyttelsesloven)". The one place a citation is worded: the legal bases, the first
 * layer, the rights and the letters all cite through it. Pure.
 */

/** A provision of the GDPR: its article and, where cited, the paragraph (stk.) and point (litra). */
export interface GdprProvision {
  article: number;
  paragraph?: number;
  point?: string;
}

/** How a language cites the rules. */
export interface Citations {
  /** A provision of the GDPR, without the regulation's name: "artikel 7, stk. 3", "Article 7(3)". */
  gdpr: (provision: GdprProvision) => string;
  /** A section of the Danish Data Protection Act, in running text. */
  dataProtectionAct: (section: number) => string;
}

/**
 * A provision as the content names a legal basis, "6(1)(e)", or an article alone, "15", as a structured
 * value. The content's values are checked by the schema, so another shape is a programming error.
 */
export function gdprProvision(cited: string): GdprProvision {
  const match = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(cited);
  if (!match) throw new Error(`"${cited}" is no GDPR provision such as 6(1)(e)`);
  const [, article, paragraph, point] = match;
  return {
    article: Number(article),
    ...(paragraph && { paragraph: Number(paragraph) }),
    ...(point && { point }),
  };
}

/** A section of the Data Protection Act as the content names it, "§ 8", as its number. */
export const sectionNumber = (section: string): number => Number(section.replace(/^§\s*/, ''));

export const danishCitations: Citations = {
  gdpr: ({ article, paragraph, point }) =>
    [
      `artikel ${article}`,
      ...(paragraph ? [`stk. ${paragraph}`] : []),
      ...(point ? [`litra ${point}`] : []),
    ].join(', '),
  dataProtectionAct: (section) => `databeskyttelseslovens § ${section}`,
};

/** A provision in the content's own notation, "6(1)(e)": the reverse of gdprProvision. */
export const provisionCode = ({ article, paragraph, point }: GdprProvision): string =>
  `${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`;

export const englishCitations: Citations = {
  gdpr: (provision) => `Article ${provisionCode(provision)}`,
  dataProtectionAct: (section) =>
    `Section ${section} of the Danish Data Protection Act (databeskyttelsesloven)`,
};
