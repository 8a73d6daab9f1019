import { signup } from '../api/accounts';
import { login } from '../auth';
import { Field } from '../components/Field';
import { OAuthButtons } from '../components/OAuthButtons';
import { Alert } from '../components/States';
import { charLength, EMAIL_RE, errorsFrom, newPasswordErrors, nicknameError, nicknameHint, noErrors, passwordHint, useForm } from '../forms';
import { useT } from '../i18n';
import { MAX_EMAIL_LEN, MAX_NICKNAME_LEN, MAX_PASSWORD_LEN } from '../limits';
import { Link, useLocation } from '../router';
import { useTitle } from '../title';
import { showToast } from '../toast';

export function SignupPage() {
  const t = useT();
  useTitle(t('signup.title'));
  const { query } = useLocation();
  const next = query.get('next');
  const f = useForm({ email: '', nickname: '', password: '', password2: '' });

  function validate(): Record<string, string> {
    const v = f.values;
    const fields: Record<string, string> = {};
    const email = v.email.trim();
    if (!email) fields.email = t('v.required');
    else if (charLength(email) > MAX_EMAIL_LEN) fields.email = t('v.tooLong', { max: MAX_EMAIL_LEN });
    else if (!EMAIL_RE.test(email)) fields.email = t('v.email');
    const nick = nicknameError(v.nickname.trim());
    if (nick) fields.nickname = nick;
    return { ...fields, ...newPasswordErrors(v.password, v.password2) };
  }

  async function submit(e: Event) {
    e.preventDefault();
    const fields = validate();
    if (Object.keys(fields).length) {
      f.setErrors({ message: null, fields });
      const first = document.getElementById(`signup-${Object.keys(fields)[0]}`);
      first?.focus();
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    const email = f.values.email.trim();
    try {
      const created = await signup({
        email,
        password: f.values.password,
        password2: f.values.password2,
        nickname: f.values.nickname.trim(),
      });
      await login(email, f.values.password);
      showToast(t('signup.welcome', { name: created.nickname }));
    } catch (err) {
      f.setErrors(errorsFrom(err));
      f.setBusy(false);
    }
  }

  return (
    <div class="container auth-page">
      <section class="card auth-card" aria-labelledby="page-title">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t('signup.title')}
        </h1>
        <p class="page-lead">{t('signup.lead')}</p>
        {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
        <OAuthButtons next={next} />
        <form class="form" onSubmit={submit} noValidate>
          <Field
            id="signup-email"
            label={t('field.email')}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            maxLength={MAX_EMAIL_LEN}
            required
            {...f.field('email')}
          />
          <Field
            id="signup-nickname"
            label={t('field.nickname')}
            name="nickname"
            autoComplete="nickname"
            maxLength={MAX_NICKNAME_LEN}
            required
            hint={nicknameHint()}
            {...f.field('nickname')}
          />
          <Field
            id="signup-password"
            label={t('field.password')}
            type="password"
            name="password"
            autoComplete="new-password"
            maxLength={MAX_PASSWORD_LEN}
            required
            hint={passwordHint()}
            {...f.field('password')}
          />
          <Field
            id="signup-password2"
            label={t('field.password2')}
            type="password"
            name="password2"
            autoComplete="new-password"
            maxLength={MAX_PASSWORD_LEN}
            required
            {...f.field('password2')}
          />
          <button type="submit" class="btn btn-primary btn-block" disabled={f.busy}>
            {f.busy ? t('signup.submitting') : t('signup.submit')}
          </button>
        </form>
        <p class="auth-switch">
          {t('signup.haveAccount')}{' '}
          <Link href={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>{t('signup.toLogin')}</Link>
        </p>
      </section>
    </div>
  );
}
