import { words } from '@/i18n';
import type { OptionsBlock, RightsRequest } from '@/lib/rights-request';

interface RequestOptionsProps {
  request: Pick<RightsRequest, 'letter'>;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * A checkbox for each sentence the letter lets the reader choose (the grounds of a restriction, access
 * as a party); public/anmodning.js shows the ticked ones in the letter. Part of the hidden controls.
 */
export function RequestOptions({ request }: RequestOptionsProps) {
  const legends = words().requestLaw.optionsLegend;
  const blocks = request.letter.filter((block): block is OptionsBlock => block.kind === 'options');
  return blocks.map((block) => (
    <fieldset key={block.name}>
      <legend className="form-label">{legends[block.name]}</legend>
      {block.options.map((option) => {
        const id = `valg-${block.name}-${option.id}`;
        return (
          <div key={option.id} className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id={id}
              data-option-choice={block.name}
              value={option.id}
            />
            <label htmlFor={id}>{capitalized(option.text)}</label>
          </div>
        );
      })}
    </fieldset>
  ));
}
