import { useState } from 'preact/hooks';
import { ApiError, messageForCode } from './api/client';
import { t } from './i18n';
import { MAX_NICKNAME_LEN, MAX_PASSWORD_LEN, MIN_NICKNAME_LEN, MIN_PASSWORD_LEN } from './limits';

/** A form's failure: one message at the top and one per field. */
export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

export const noErrors: FormErrors = { message: null, fields: {} };

/** Always has a message: the server's, or the app's own for the status. */
export function errorsFrom(err: unknown): FormErrors & { message: string } {
  if (err instanceof ApiError) {
    let message = err.message;
    if (err.code === 'rate_limited' && err.retryAfter !== null && !/\d/.test(message)) {
      message = `${message} ${t('error.retryAfter', { s: err.retryAfter })}`;
    }
    return { message, fields: err.fields };
  }
  return { message: messageForCode('internal'), fields: {} };
}

/** The state every form here needs: values, errors, busy. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof T) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors.fields[name as string]) {
      setErrors((e) => {
        const fields = { ...e.fields };
        delete fields[name as string];
        return { ...e, fields };
      });
    }
  };
  /** Sets one field's message, or clears it with null (a check that is no value's, such as an upload). */
  const setFieldError = (name: string, message: string | null) =>
    setErrors((e) => {
      const fields = { ...e.fields };
      if (message) fields[name] = message;
      else delete fields[name];
      return { ...e, fields };
    });
  /** The props a <Field> takes for one value: `<Field {...f.field('email')} />`. */
  const field = (name: keyof T & string) => ({ value: values[name], onValue: set(name), error: errors.fields[name] });
  return { values, setValues, set, field, errors, setErrors, setFieldError, busy, setBusy };
}

/** Length in characters (code points), as the server counts. */
export function charLength(s: string): number {
  return [...s].length;
}

/**
 * Whether text shows nothing: empty, or only spaces and characters that draw
 * nothing (zero-width and other format characters, variation selectors, the
 * Hangul fillers, the Braille blank). The server refuses such a required
 * field as blank (namebot.Normalize and Blank); this says so before sending.
 */
export function isBlank(s: string): boolean {
  return /^[\s\p{Default_Ignorable_Code_Point}\u2800\u115F\u1160\u3164\uFFA0]*$/u.test(s);
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordOk(p: string): boolean {
  const n = charLength(p);
  return n >= MIN_PASSWORD_LEN && n <= MAX_PASSWORD_LEN && /\p{L}/u.test(p) && /\d/.test(p);
}

/** The message for a nickname (already trimmed) the server would refuse, or null. */
export function nicknameError(nick: string): string | null {
  if (isBlank(nick)) return t('v.required');
  const n = charLength(nick);
  return n < MIN_NICKNAME_LEN || n > MAX_NICKNAME_LEN ? t('v.nickname', NICKNAME_RANGE) : null;
}

const NICKNAME_RANGE = { min: MIN_NICKNAME_LEN, max: MAX_NICKNAME_LEN };
const PASSWORD_RANGE = { min: MIN_PASSWORD_LEN, max: MAX_PASSWORD_LEN };

/** The hint under a nickname field: its length range. */
export function nicknameHint(): string {
  return t('hint.nickname', NICKNAME_RANGE);
}

/** The hint under a new password field: its length range and what it must contain. */
export function passwordHint(): string {
  return t('hint.password', PASSWORD_RANGE);
}

/** The messages for a new password and its repeat, keyed by the two field names. */
export function newPasswordErrors(
  password: string,
  repeat: string,
  names: [string, string] = ['password', 'password2'],
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!password) fields[names[0]] = t('v.required');
  else if (!passwordOk(password)) fields[names[0]] = t('v.password', PASSWORD_RANGE);
  if (!repeat) fields[names[1]] = t('v.required');
  else if (repeat !== password) fields[names[1]] = t('v.password2');
  return fields;
}
