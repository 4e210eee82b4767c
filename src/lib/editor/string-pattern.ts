import type { z } from 'zod';

/**
 * The pattern a text field's value must match, as Decap's [regular expression, message], taken from the
 * zod schema with its own Danish message: a regex check, an e-mail address, a web address (of the
 * protocol the schema allows) or a maximum length. Undefined for free text. A field with two of these
 * is an error, because Decap takes one pattern per field.
 */
export function stringPattern(schema: z.ZodType): [string, string] | undefined {
  const patterns = [schema.def, ...(schema.def.checks ?? []).map((check) => check._zod.def)].flatMap(
    (def) => {
      const pattern = patternOf(def as CheckDef);
      return pattern ? [pattern] : [];
    },
  );
  if (patterns.length > 1) throw new Error(`A text field has ${patterns.length} patterns; Decap takes one.`);
  return patterns[0];
}

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  maximum?: number;
  error?: (issue: { input: undefined }) => unknown;
}

/** The schema's own message for a failed check, which our schemas give as a text. */
function messageOf(def: CheckDef, fallback: string): string {
  const message = def.error?.({ input: undefined });
  if (typeof message === 'string') return message;
  if (message && typeof message === 'object' && 'message' in message) return String(message.message);
  return fallback;
}

/** "^https$" → "https": the protocols a web address may have, without the anchors. */
const protocolsOf = (protocol: RegExp) => protocol.source.replace(/^\^/, '').replace(/\$$/, '');

function patternOf(def: CheckDef): [string, string] | undefined {
  if (def.check !== 'string_format' && def.check !== 'max_length') return undefined;
  if (def.check === 'max_length')
    return [`^[\\s\\S]{0,${def.maximum}}$`, messageOf(def, `må højst være ${def.maximum} tegn`)];
  if (def.format === 'url') {
    const protocols = def.protocol ? protocolsOf(def.protocol) : '[a-z][a-z0-9+.-]*';
    return [`^(?:${protocols})://[^\\s/?#]+(?:[/?#]\\S*)?$`, messageOf(def, 'skal være en webadresse')];
  }
  if (def.pattern) return [def.pattern.source, messageOf(def, 'har ikke den form, feltet kræver')];
  return undefined;
}
