import { useT } from '../i18n';

interface InputProps {
  type?: 'text' | 'email' | 'password';
  name?: string;
  autoComplete?: string;
  inputMode?: 'email' | 'text';
  maxLength?: number;
  required?: boolean;
  list?: string;
  placeholder?: string;
}

export interface FieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
}

/** A labelled input with its hint and its error, wired for screen readers. */
export function Field({ id, label, value, onValue, error, hint, optional, ...rest }: FieldProps) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label class="field-label" for={id}>
        {label}
        {optional && <span class="field-optional"> ({t('common.optional')})</span>}
      </label>
      <input
        id={id}
        class="input"
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        // Preact's input typing ties `list` to `type`; these props are checked by InputProps above.
        {...(rest as object)}
      />
      {hint && !error && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
