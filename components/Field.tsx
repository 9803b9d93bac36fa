import { useId } from 'preact/hooks';
import { useT } from '@/features/i18n/language';
import { PRIVATE_TEXT } from './private-text';
import { BUILD_ENGINE, secretInput } from './secret-input';
import { STRINGS } from './strings';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** 'password': a secret, masked, that no browser offers to save (see secret-input.ts). */
  type?: 'text' | 'password';
  /** Digits only: numeric keypad on touch screens. */
  numeric?: boolean;
  hint?: string;
  error?: string | null;
  autoFocus?: boolean;
  maxLength?: number;
}

const refuse = (event: Event) => event.preventDefault();

/** A labelled text field whose hint and error are read out with it. */
export function Field({ label, value, onInput, type = 'text', numeric, hint, error, autoFocus, maxLength }: Props) {
  const id = useId();
  const { t } = useT(STRINGS);
  const secret = type === 'password' ? secretInput(BUILD_ENGINE) : undefined;
  // Where the secret is a masked text field, a screen reader is told it is hidden.
  const hidden = secret?.type === 'text';
  const describedBy = [hidden && `${id}-secret`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={secret?.type ?? type}
        style={secret?.style}
        value={value}
        inputMode={numeric ? 'numeric' : undefined}
        {...PRIVATE_TEXT}
        autoFocus={autoFocus}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onCopy={secret?.refuseClipboard ? refuse : undefined}
        onCut={secret?.refuseClipboard ? refuse : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hidden && <span id={`${id}-secret`} class="visually-hidden">{t('hiddenAsTyped')}</span>}
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
    </div>
  );
}
