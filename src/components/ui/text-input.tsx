import type { InputHTMLAttributes } from 'react';
import { classNames } from './class-names';
import outlined from './outlined-field.module.css';
import styles from './text-input.module.css';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> {
  /** Always shown, raised into the border; it names the input. */
  label: string;
}

/** A labelled single-line input that looks like MUI's small outlined TextField, without MUI's input machinery. */
export function TextInput({ label, ...input }: TextInputProps) {
  return (
    <label className={classNames(outlined.outlined, styles.field)}>
      <span className={styles.label}>{label}</span>
      <input className={classNames(outlined.plainInput, styles.input)} {...input} />
    </label>
  );
}
