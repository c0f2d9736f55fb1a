import { type ComponentProps, useId } from 'react';
import './text-field.css';

type TextFieldProps = { label: string } & Omit<ComponentProps<'input'>, 'id'>;

/** A labelled input, large enough to hit with a glove and read from a step back. */
export function TextField({ label, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="text-field">
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      <input className="text-field__input" id={id} {...input} />
    </div>
  );
}
