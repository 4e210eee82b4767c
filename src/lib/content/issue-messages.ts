import type { z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato',
};

function describeValue(value: unknown): string {
  if (value === null) return 'tom';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'en gruppe af felter';
  return typeNames[typeof value] ?? typeof value;
}

/** What to write instead, per expected type: editors fix YAML by example. */
const howToWrite: Record<string, string> = {
  array: 'Skriv hvert punkt på sin egen linje under feltet, rykket ind og med "- " foran',
  object: 'Skriv felterne på linjerne under, rykket ind med to mellemrum',
  string: 'Skriv teksten efter kolon og mellemrum; sæt den i anførselstegn, hvis den indeholder kolon',
  int: 'Skriv et helt tal, fx 3',
  number: 'Skriv et tal, fx 3',
  boolean: 'Skriv true (ja) eller false (nej)',
};

/**
 * Zod's default messages are written for programmers; these are written for editors, in Danish, each
 * saying what to do. Messages given in the schema itself take precedence over this map.
 */
export const editorMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const advice = howToWrite[issue.expected] ?? '';
      if (issue.input === undefined) return 'feltet mangler. Tilføj det';
      if (issue.input === null) return `feltet er tomt. ${advice || 'Udfyld det'}, eller slet linjen`;
      return `skal være ${typeNames[issue.expected] ?? issue.expected}, men er ${describeValue(issue.input)}. ${advice}`.trim();
    }
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} er ikke en af de mulige værdier. Skriv en af: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'feltet er tomt. Udfyld det, eller slet linjen';
      if (issue.origin === 'array')
        return `listen skal have mindst ${issue.minimum} ${issue.minimum === 1 ? 'punkt' : 'punkter'}`;
      return `skal være mindst ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `teksten er ${String(issue.input).length} tegn; den må højst være ${issue.maximum}. Gør den kortere`
        : `må højst være ${issue.maximum}`;
    default:
      return undefined;
  }
};
