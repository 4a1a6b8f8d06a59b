import type { InputHTMLAttributes } from 'react';
import styles from './text-input.module.css';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> {
  /** Always shown, raised into the border; it names the input. */
  label: string;
}

/** A labelled single-line input that looks like MUI's small outlined TextField, without MUI's input machinery. */
export function TextInput({ label, ...input }: TextInputProps) {
  return (
    <label className={styles.field}>
      <span className={styles.label}>{label}</span>
      <input className={styles.input} {...input} />
    </label>
  );
}
