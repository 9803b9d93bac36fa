import { useId } from 'preact/hooks';
import { PRIVATE_TEXT } from './private-text';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password';
  /** Digits only: numeric keypad on touch screens. */
  numeric?: boolean;
  hint?: string;
  error?: string | null;
  autoFocus?: boolean;
  maxLength?: number;
}

/** A labelled text field whose hint and error are read out with it. */
export function Field({ label, value, onInput, type = 'text', numeric, hint, error, autoFocus, maxLength }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        inputMode={numeric ? 'numeric' : undefined}
        {...PRIVATE_TEXT}
        autoFocus={autoFocus}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
    </div>
  );
}
