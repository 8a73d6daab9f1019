import { useRef, useState } from 'preact/hooks';
import { checkNames, MAX_NAME_LEN, MAX_NAMES, type CheckKind, type CheckResult } from '../api/naming';
import { LanguageFields } from '../components/LanguageFields';
import { Alert, Spinner } from '../components/States';
import { CopyButton } from '../components/SuggestionCard';
import { charLength, errorsFrom, noErrors, useForm, type FormErrors } from '../forms';
import { useT, type MessageKey } from '../i18n';
import { MAX_CONVENTION_LEN, MAX_LANGUAGE_LEN } from '../limits';
import { useTitle } from '../title';
import '../check.css';

const KINDS: CheckKind[] = ['function', 'variable', 'boolean', 'constant', 'class'];

/** The names of a textarea: one a line, blank lines dropped. */
export function namesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A message with `names` in backticks: the names as <code>, the rest as text. */
export function withCode(message: string) {
  return message.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function ResultCard({ result }: { result: CheckResult }) {
  const t = useT();
  return (
    <li class={`card check-card${result.ok ? ' is-ok' : ' has-problems'}`}>
      <div class="check-card-head">
        <code class="check-name">{result.name}</code>
        <span class={`check-verdict ${result.ok ? 'ok' : 'bad'}`}>
          {result.ok ? t('check.ok') : t('check.problems', { n: result.problems.length })}
        </span>
      </div>
      {result.problems.length > 0 && (
        <ul class="check-problems">
          {result.problems.map((p, i) => (
            <li key={i}>{withCode(p.message)}</li>
          ))}
        </ul>
      )}
      {result.better.length > 0 && (
        <div class="check-better">
          <p class="check-better-label">{t('check.better')}</p>
          <ul class="check-better-list">
            {result.better.map((b) => (
              <li key={b} class="check-better-item">
                <code>{b}</code>
                <CopyButton text={b} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** 이름 검사: paste names, get a verdict per name. No sign-in, no quota. */
export function CheckPage() {
  const t = useT();
  useTitle(t('check.title'));
  const f = useForm({ language: 'Python', convention: 'PEP 8', kind: '', names: '' });
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const names = namesOf(f.values.names);

  async function submit(e: Event) {
    e.preventDefault();
    const language = f.values.language.trim();
    const convention = f.values.convention.trim();
    const fields: Record<string, string> = {};
    if (!language) fields.language = t('v.required');
    else if (charLength(language) > MAX_LANGUAGE_LEN) fields.language = t('v.tooLong', { max: MAX_LANGUAGE_LEN });
    if (charLength(convention) > MAX_CONVENTION_LEN) fields.convention = t('v.tooLong', { max: MAX_CONVENTION_LEN });
    if (names.length === 0 || names.length > MAX_NAMES) fields.names = t('check.v.count', { max: MAX_NAMES });
    else if (names.some((n) => charLength(n) > MAX_NAME_LEN)) fields.names = t('check.v.long', { max: MAX_NAME_LEN });
    if (Object.keys(fields).length) {
      f.setErrors({ message: null, fields });
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    try {
      const kind = f.values.kind as CheckKind | '';
      const res = await checkNames({ language, convention, names, ...(kind ? { kind } : {}) });
      setResults(res.results);
      // Move focus to the results so keyboard and screen-reader users land on them.
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch (err) {
      const e2: FormErrors = errorsFrom(err);
      // names[3] and the like point into the textarea.
      const fieldsOut: Record<string, string> = {};
      for (const [k, v] of Object.entries(e2.fields)) fieldsOut[k.startsWith('names') ? 'names' : k] = v;
      f.setErrors({ message: e2.message, fields: fieldsOut });
    } finally {
      f.setBusy(false);
    }
  }

  const okCount = results?.filter((r) => r.ok).length ?? 0;
  const namesError = f.errors.fields.names;

  return (
    <div class="container page check-page">
      <header class="page-head">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t('check.title')}
        </h1>
        <p class="page-lead">{t('check.lead')}</p>
      </header>
      <section class="card section" aria-labelledby="check-form-title">
        <h2 id="check-form-title" class="sr-only">
          {t('check.formTitle')}
        </h2>
        {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
        <form class="form" onSubmit={submit} noValidate>
          <div class="check-settings">
            <LanguageFields idPrefix="check" language={f.field('language')} convention={f.field('convention')} />
            <div class="field">
              <label class="field-label" for="check-kind">
                {t('check.kind')}
              </label>
              <select
                id="check-kind"
                class="input select"
                name="kind"
                value={f.values.kind}
                onChange={(e) => f.set('kind')(e.currentTarget.value)}
              >
                <option value="">{t('check.kind.auto')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`check.kind.${k}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class={`field${namesError ? ' field-invalid' : ''}`}>
            <label class="field-label" for="check-names">
              {t('check.names')}
            </label>
            <textarea
              id="check-names"
              class="input textarea check-textarea"
              name="names"
              rows={6}
              spellcheck={false}
              autoComplete="off"
              placeholder={'getUserList\nusr_cnt\nisNotValid'}
              value={f.values.names}
              aria-invalid={namesError ? 'true' : undefined}
              aria-describedby={namesError ? 'check-names-error' : 'check-names-hint'}
              onInput={(e) => f.set('names')(e.currentTarget.value)}
            />
            <div class="field-foot">
              {namesError ? (
                <p id="check-names-error" class="field-error">
                  {namesError}
                </p>
              ) : (
                <p id="check-names-hint" class="field-hint">
                  {t('check.namesHint', { max: MAX_NAMES })}
                </p>
              )}
              <span class={`field-count${names.length > MAX_NAMES ? ' over' : ''}`} aria-hidden="true">
                {t('check.count', { n: names.length, max: MAX_NAMES })}
              </span>
            </div>
          </div>
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" disabled={f.busy} aria-busy={f.busy}>
              {f.busy && <Spinner />}
              {f.busy ? t('check.checking') : t('check.submit')}
            </button>
          </div>
        </form>
      </section>
      <section class="check-results" aria-labelledby="check-results-title" aria-live="polite">
        {results && (
          <>
            <h2 id="check-results-title" class="section-title" tabIndex={-1} ref={resultsRef}>
              {t('check.results', { ok: okCount, n: results.length })}
            </h2>
            <ul class="check-list">
              {results.map((r, i) => (
                <ResultCard key={`${i}-${r.name}`} result={r} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
