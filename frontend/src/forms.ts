import { useState } from 'preact/hooks';
import { ApiError, messageForCode } from './api/client';
import { t } from './i18n';

/** A form's failure: one message at the top and one per field. */
export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

export const noErrors: FormErrors = { message: null, fields: {} };

export function errorsFrom(err: unknown): FormErrors {
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
  return { values, setValues, set, errors, setErrors, busy, setBusy };
}

/** Length in characters (code points), as the server counts. */
export function charLength(s: string): number {
  return [...s].length;
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordOk(p: string): boolean {
  const n = charLength(p);
  return n >= 8 && n <= 64 && /\p{L}/u.test(p) && /\d/.test(p);
}
