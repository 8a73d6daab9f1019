import { login } from '../auth';
import { Field } from '../components/Field';
import { OAuthButtons } from '../components/OAuthButtons';
import { Alert } from '../components/States';
import { errorsFrom, noErrors, useForm } from '../forms';
import { useT } from '../i18n';
import { MAX_EMAIL_LEN, MAX_PASSWORD_LEN } from '../limits';
import { Link, useLocation } from '../router';
import { useTitle } from '../title';

export function LoginPage() {
  const t = useT();
  useTitle(t('login.title'));
  const { query } = useLocation();
  const next = query.get('next');
  const f = useForm({ email: '', password: '' });

  async function submit(e: Event) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!f.values.email.trim()) fields.email = t('v.required');
    if (!f.values.password) fields.password = t('v.required');
    if (Object.keys(fields).length) {
      f.setErrors({ message: null, fields });
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    try {
      // Signing in flips the session; the router then sends the person on to `next`.
      await login(f.values.email.trim(), f.values.password);
    } catch (err) {
      f.setErrors(errorsFrom(err));
      f.setBusy(false);
    }
  }

  const signupHref = next ? `/signup?next=${encodeURIComponent(next)}` : '/signup';
  return (
    <div class="container auth-page">
      <section class="card auth-card" aria-labelledby="page-title">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t('login.title')}
        </h1>
        <p class="page-lead">{t('login.lead')}</p>
        {next && (
          <Alert tone="info">
            <span data-testid="auth-notice">{t('auth.required')}</span>
          </Alert>
        )}
        {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
        <OAuthButtons next={next} />
        <form class="form" onSubmit={submit} noValidate>
          <Field
            id="login-email"
            label={t('field.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            maxLength={MAX_EMAIL_LEN}
            {...f.field('email')}
          />
          <Field
            id="login-password"
            label={t('field.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            maxLength={MAX_PASSWORD_LEN}
            {...f.field('password')}
          />
          <button type="submit" class="btn btn-primary btn-block" disabled={f.busy}>
            {f.busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p class="auth-switch">
          {t('login.noAccount')} <Link href={signupHref}>{t('login.toSignup')}</Link>
        </p>
      </section>
    </div>
  );
}
