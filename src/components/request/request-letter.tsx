import {
  optionBox,
  type Blank,
  type Letter,
  type LetterBlock,
  type OptionsBlock,
  type ScopeBlock,
  type Segment,
} from '@/lib/rights-request';

/*
 * The letter as the reader prints it. public/anmodning.js fills its blanks and narrows its notices as
 * the reader types and chooses; it copies the same letter as text from the data RequestForm hands it.
 * The reminder and the complaint (RequestFollowUp) are shown the same way and carry their own data.
 */

/** A line to write on: the label until the reader types a value (the script fills `data-blank-value`). */
function LetterBlank({ blank, label }: Blank) {
  return (
    <span className="letter-blank" data-blank={blank}>
      <span data-blank-value="" />
      <span className="letter-blank-label">{label}</span>
    </span>
  );
}

const SegmentView = ({ segment }: { segment: Segment }) =>
  typeof segment === 'string' ? segment : <LetterBlank {...segment} />;

const Line = ({ parts }: { parts: readonly Segment[] }) =>
  parts.map((part, index) => <SegmentView key={index} segment={part} />);

/** "All the data" when the request covers every notice, else the listed notices; the script switches. */
function Scope({ block }: { block: ScopeBlock }) {
  return (
    <>
      {block.all && <p data-scope-all="">{block.all}</p>}
      <div data-scope-chosen="" hidden={block.all !== undefined}>
        <p>{block.chosen}</p>
        <ul>
          {block.purposes.map((notice) => (
            <li key={notice.slug} data-purpose={notice.slug}>
              {notice.title}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/**
 * Sentences to choose, each with a box to tick by hand on paper; the script shows only those the reader
 * ticks in the form (public/anmodning-tekst.js's shownOptions).
 */
function Options({ block }: { block: OptionsBlock }) {
  const items = block.options.map((option) => (
    <li key={option.id} data-option={option.id}>
      <span data-option-box="">{optionBox} </span>
      {option.text}
    </li>
  ));
  return (
    <div data-options={block.name}>
      {block.lead && <p>{block.lead}</p>}
      <ul className="letter-options">{items}</ul>
    </div>
  );
}

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Line parts={block.parts} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Line parts={item} />
            </li>
          ))}
        </ul>
      );
    case 'scope':
      return <Scope block={block} />;
    case 'signature':
      // Signed by hand on paper; on screen and in the copied text there is nothing to sign.
      return (
        <p className="print-only">
          <LetterBlank blank="signature" label={block.label} />
        </p>
      );
    case 'options':
      return <Options block={block} />;
  }
}

interface RequestLetterProps {
  request: Letter;
  /** A reminder or complaint, which hands the script its own text to copy; the request's is the form's. */
  followUp?: 'reminder' | 'complaint';
}

/** The recipient's address, if any, then the letter with its blanks as lines to write on. */
export function RequestLetter({ request, followUp }: RequestLetterProps) {
  const data = followUp
    ? { 'data-follow-up-letter': followUp, 'data-letter': JSON.stringify(request) }
    : { 'data-request-letter': '' };
  return (
    <div className="request-letter" {...data}>
      {request.recipient.lines.length > 0 && (
        <p>
          {request.recipient.lines.map((line, index) => (
            <span key={index} className="address-line">
              {line}
            </span>
          ))}
        </p>
      )}
      {request.letter.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
