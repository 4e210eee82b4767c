import type { OutdatedField } from '@/lib/editor/outdated-fields';
import { countOf } from '@/lib/labels';

interface OutdatedTranslationProps {
  /** The translation's fields whose Danish text changed since they were translated. */
  fields: readonly OutdatedField[];
}

/** A field's texts: one as it is, a list's items as a list. */
const Texts = ({ texts }: { texts: readonly string[] }) =>
  texts.length === 1 ? (
    <>{texts[0]}</>
  ) : (
    <ul>
      {texts.map((text, index) => (
        <li key={index}>{text}</li>
      ))}
    </ul>
  );

/**
 * In a translation's draft status: each field out of date against the Danish file, by its label, with the
 * Danish text now beside what the translation says, and how the save marks the field as reviewed
 * (scripts/lib/editor-save.ts marks each field the translator changed as translated from the Danish
 * text now).
 */
export function OutdatedTranslation({ fields }: OutdatedTranslationProps) {
  if (fields.length === 0) return null;
  const one = fields.length === 1;
  return (
    <section aria-labelledby="ikke-opdateret">
      <h3 id="ikke-opdateret">
        {countOf(fields.length, 'felt', 'felter')} er ændret på dansk, siden {one ? 'det' : 'de'} blev oversat
      </h3>
      <p>
        Siden viser den danske tekst i {one ? 'feltet' : 'felterne'}, indtil oversættelsen er rettet. Ret
        oversættelsen efter den danske tekst, og gem med »Publicer nu«: et felt, du har rettet, er derefter
        markeret som gennemset.
      </p>
      {fields.map(({ label, danish, translated }) => (
        <section key={label} aria-label={label}>
          <h4>{label}</h4>
          <dl>
            <div>
              <dt>Dansk nu</dt>
              <dd>
                <Texts texts={danish} />
              </dd>
            </div>
            <div>
              <dt>Oversættelsen siger</dt>
              <dd>{translated.length > 0 ? <Texts texts={translated} /> : 'Intet endnu.'}</dd>
            </div>
          </dl>
        </section>
      ))}
    </section>
  );
}
