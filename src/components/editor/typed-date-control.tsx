'use client';

// A client component: a field of Decap CMS's form, which runs in the browser alone.
import { Component, type ChangeEvent } from 'react';

import { readTypedDate, typedDateOf } from '@/lib/editor/typed-date';

interface TypedDateControlProps {
  /** The field's value: YYYY-MM-DD, or the editor's text while it is not a date. */
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  /** The field's configuration (an Immutable.js map in Decap). */
  field: { get(key: string): unknown };
}

/**
 * The web editor's date field: the editor writes the date the Danish way (28-11-2026 or 28.11.2026) and
 * the file gets 2026-11-28. Text that is not a date stays in the form as typed, so Decap's check before a
 * save (isValid, a class method Decap calls through a ref) refuses it with the field's label and the value,
 * and nothing is written. Decap's own date picker rolled 31-02-2026 over into another date.
 */
export class TypedDateControl extends Component<TypedDateControlProps> {
  private readonly label = () => String(this.props.field.get('label') ?? this.props.field.get('name'));

  isValid = () => {
    const { value } = this.props;
    if (!value) return true;
    const typed = readTypedDate(value, this.label());
    return 'date' in typed || { error: { type: 'CUSTOM', message: typed.problem } };
  };

  private readonly onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const typed = readTypedDate(text, this.label());
    this.props.onChange(text.trim() === '' ? '' : 'date' in typed ? typed.date : text);
  };

  render() {
    const { value, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return (
      <input
        id={forID}
        className={classNameWrapper}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd-mm-åååå"
        // While the text is a date the field shows it the Danish way; otherwise as it was typed.
        defaultValue={value ? typedDateOf(value) : ''}
        onChange={this.onChange}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
      />
    );
  }
}

/** The date in Decap's own preview of a field: the Danish way. */
export const TypedDatePreview = ({ value }: { value?: string }) => <p>{value ? typedDateOf(value) : ''}</p>;
