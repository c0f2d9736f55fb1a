import { type ComponentProps, useId } from 'react';
import './text-field.css';

type SelectFieldProps = { label: string } & Omit<ComponentProps<'select'>, 'id'>;

/** A labelled drop-down of the same size and look as {@link TextField}; options are its children. */
export function SelectField({ label, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="text-field">
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      <select className="text-field__input" id={id} {...select}>
        {children}
      </select>
    </div>
  );
}
