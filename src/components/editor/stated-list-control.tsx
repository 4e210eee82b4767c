'use client';

// A client component: a field of Decap CMS's form, which runs in the browser alone.
import { Component, createRef, type ComponentType } from 'react';

import {
  nothingListed,
  statedListChoiceOf,
  statedListChoices,
  type StatedListChoice,
} from '@/lib/editor/stated-list';

/** The props Decap gives a field's control, passed on as they are. */
export type DecapControlProps = Record<string, unknown>;

/** Decap's list control as far as this field drives it: its check of the items, and focus. */
interface ListControl {
  validate(): void;
  focus?(path: string): void;
}

/** Decap's list value: an Immutable.js list, or an array this field set; nothing while not stated. */
type ListValue = { size: number; clear(): ListValue } | unknown[] | null | undefined;

const itemCount = (value: ListValue) =>
  value == null ? undefined : Array.isArray(value) ? value.length : value.size;

interface StatedListControlProps {
  value?: ListValue;
  onChange(value: unknown): void;
  forID: string;
  /** The field's configuration (an Immutable.js map in Decap). */
  field: { get(key: string): unknown };
  /** Decap's own check of this field, which asks isValid. */
  validate(): void;
  /** Decap registers the control it validates before a save through this. */
  controlRef?(control: unknown): void;
}

interface StatedListState {
  choice: StatedListChoice;
}

/**
 * A list where an empty list is an answer (src/lib/editor/stated-list.ts), asked as three choices: "Ikke
 * oplyst" leaves the field out of the file, "Ingen" writes an empty list, and "Følgende" shows Decap's own
 * list (`List`, its registered control) to fill in; chosen with nothing in it, the save is refused.
 */
export function statedListControl(List: ComponentType<DecapControlProps>) {
  return class StatedListControl extends Component<StatedListControlProps, StatedListState> {
    state: StatedListState = { choice: statedListChoiceOf(itemCount(this.props.value)) };
    private readonly list = createRef<ListControl>();
    private readonly text = (key: string) => String(this.props.field.get(key));

    /** Decap's check before a save: the list's items where they are shown, then this field. */
    validate = () => {
      if (this.state.choice === 'following') this.list.current?.validate();
      this.props.validate();
    };

    isValid = () =>
      this.state.choice === 'following' && !itemCount(this.props.value)
        ? {
            error: {
              type: 'CUSTOM',
              message: nothingListed(this.text('label'), this.text('label_singular').toLowerCase()),
            },
          }
        : true;

    focus = (path: string) => this.list.current?.focus?.(path);

    private readonly choose = (choice: StatedListChoice) => {
      const { value, onChange } = this.props;
      this.setState({ choice });
      if (choice === 'notStated') onChange(undefined);
      // Decap's own empty list where it has one; its list control starts a list itself when an item is added.
      if (choice === 'none') onChange(value && !Array.isArray(value) ? value.clear() : []);
    };

    render() {
      const { forID, value, controlRef } = this.props;
      const { choice } = this.state;
      return (
        <div className="stated-list">
          <div role="radiogroup" id={forID} aria-label={this.text('label')} className="stated-list-choices">
            {statedListChoices.map((option) => (
              <label key={option.choice} className="stated-list-choice">
                <input
                  type="radio"
                  name={forID}
                  value={option.choice}
                  checked={choice === option.choice}
                  onChange={() => this.choose(option.choice)}
                />
                {option.label}
              </label>
            ))}
          </div>
          {choice === 'following' && (
            <List
              {...this.props}
              // Empty, Decap's list control starts its own list, as for a field that had none.
              value={itemCount(value) ? value : undefined}
              ref={this.list}
              // The list's items register this field, not the list inside it, as what Decap validates.
              controlRef={() => controlRef?.(this)}
            />
          )}
        </div>
      );
    }
  };
}
