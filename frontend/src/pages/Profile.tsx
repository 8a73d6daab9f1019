import { useEffect, useState } from 'preact/hooks';
import { getProfile, startLink, updateProfile } from '../api/accounts';
import { ApiError } from '../api/client';
import type { Profile } from '../api/types';
import { deleteAccount, setProfile, useSession } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { GitHubMark, KakaoMark, PROVIDER_LABEL, useProviders } from '../components/OAuthButtons';
import { Alert, ErrorState, Loading } from '../components/States';
import { errorsFrom, newPasswordErrors, nicknameError, nicknameHint, noErrors, passwordHint, useForm, type FormErrors } from '../forms';
import { formatClock, formatDate, useT } from '../i18n';
import { MAX_EMAIL_LEN, MAX_NICKNAME_LEN, MAX_PASSWORD_LEN } from '../limits';
import { navigate } from '../router';
import { useTitle } from '../title';
import { showToast } from '../toast';

function NicknameForm({ profile }: { profile: Profile }) {
  const t = useT();
  const f = useForm({ nickname: profile.nickname });
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    const nick = f.values.nickname.trim();
    const invalid = nicknameError(nick);
    if (invalid) {
      f.setErrors({ message: null, fields: { nickname: invalid } });
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    try {
      const updated = await updateProfile({ nickname: nick });
      setProfile(updated);
      f.setValues({ nickname: updated.nickname });
      setDone(true);
    } catch (err) {
      f.setErrors(errorsFrom(err));
    } finally {
      f.setBusy(false);
    }
  }

  return (
    <section class="card section" aria-labelledby="nick-title">
      <h2 id="nick-title" class="section-title">
        {t('profile.nicknameSection')}
      </h2>
      {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
      {done && <Alert tone="success">{t('profile.nicknameSaved')}</Alert>}
      <form class="form form-inline" onSubmit={submit} noValidate>
        <Field
          id="profile-nickname"
          label={t('field.nickname')}
          name="nickname"
          autoComplete="nickname"
          maxLength={MAX_NICKNAME_LEN}
          hint={nicknameHint()}
          {...f.field('nickname')}
          onValue={(v) => {
            setDone(false);
            f.set('nickname')(v);
          }}
        />
        <button type="submit" class="btn btn-primary" disabled={f.busy || f.values.nickname.trim() === profile.nickname}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useT();
  const f = useForm({ current_password: '', new_password: '', new_password2: '' });
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    const v = f.values;
    const fields: Record<string, string> = {};
    if (hasPassword && !v.current_password) fields.current_password = t('v.required');
    Object.assign(fields, newPasswordErrors(v.new_password, v.new_password2, ['new_password', 'new_password2']));
    if (Object.keys(fields).length) {
      f.setErrors({ message: null, fields });
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    try {
      // An account made by a provider sign-in creates its first password without a current one.
      const updated = await updateProfile(hasPassword ? v : { new_password: v.new_password, new_password2: v.new_password2 });
      setProfile(updated);
      f.setValues({ current_password: '', new_password: '', new_password2: '' });
      setDone(true);
    } catch (err) {
      const errors: FormErrors = errorsFrom(err);
      // 403: the current password is wrong; point at that field.
      if (err instanceof ApiError && err.status === 403 && !errors.fields.current_password) {
        errors.fields = { ...errors.fields, current_password: err.message };
      }
      f.setErrors(errors);
    } finally {
      f.setBusy(false);
    }
  }

  return (
    <section class="card section" aria-labelledby="pw-title">
      <h2 id="pw-title" class="section-title">
        {t(hasPassword ? 'profile.passwordSection' : 'profile.setPasswordSection')}
      </h2>
      {!hasPassword && <p class="section-body">{t('profile.setPasswordBody')}</p>}
      {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
      {done && <Alert tone="success">{t('profile.passwordSaved')}</Alert>}
      <form class="form" onSubmit={submit} noValidate>
        {hasPassword && (
          <Field
            id="profile-current-password"
            label={t('field.currentPassword')}
            type="password"
            name="current_password"
            autoComplete="current-password"
            maxLength={MAX_PASSWORD_LEN}
            {...f.field('current_password')}
          />
        )}
        <div class="form-row">
          <Field
            id="profile-new-password"
            label={t('field.newPassword')}
            type="password"
            name="new_password"
            autoComplete="new-password"
            maxLength={MAX_PASSWORD_LEN}
            hint={passwordHint()}
            {...f.field('new_password')}
          />
          <Field
            id="profile-new-password2"
            label={t('field.newPassword2')}
            type="password"
            name="new_password2"
            autoComplete="new-password"
            maxLength={MAX_PASSWORD_LEN}
            {...f.field('new_password2')}
          />
        </div>
        <div>
          <button type="submit" class="btn btn-primary" disabled={f.busy}>
            {t(hasPassword ? 'profile.passwordSubmit' : 'profile.setPasswordSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function LinkedAccounts({ profile }: { profile: Profile }) {
  const t = useT();
  const configured = useProviders();
  const linked = profile.linked_providers ?? [];
  const needsPassword = profile.email_login !== false;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const all = [...new Set([...configured, ...linked])].filter((p) => PROVIDER_LABEL[p]);
  if (!all.length) return null;
  const unlinked = all.filter((p) => !linked.includes(p));

  async function link(provider: string) {
    if (needsPassword && !password) {
      setError(t('profile.linkPassword'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { url } = await startLink(provider, needsPassword ? password : undefined);
      // Only ever leave for the provider's http(s) page, never a javascript: or data: URL.
      if (!/^https?:$/.test(new URL(url, window.location.href).protocol)) throw new Error('unexpected link URL');
      window.location.assign(url);
    } catch (err) {
      const e = errorsFrom(err);
      setError(e.fields.password ?? e.message);
      setBusy(false);
    }
  }

  return (
    <section class="card section" aria-labelledby="linked-title">
      <h2 id="linked-title" class="section-title">
        {t('profile.linkedSection')}
      </h2>
      <p class="section-body">{t('profile.linkedBody')}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <ul class="linked-list">
        {all.map((p) => (
          <li key={p} class="linked-item" data-provider={p}>
            <span class={`linked-mark linked-${p}`}>{p === 'github' ? <GitHubMark /> : <KakaoMark />}</span>
            <span class="linked-name">{PROVIDER_LABEL[p]}</span>
            {linked.includes(p) ? (
              <span class="badge">{t('profile.linked')}</span>
            ) : (
              <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => void link(p)}>
                {t('profile.link', { name: PROVIDER_LABEL[p] ?? p })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {needsPassword && unlinked.length > 0 && (
        <Field
          id="link-password"
          label={t('field.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          maxLength={MAX_PASSWORD_LEN}
          value={password}
          onValue={(v) => {
            setPassword(v);
            setError(null);
          }}
        />
      )}
    </section>
  );
}

function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!password) {
      setError(t('v.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await deleteAccount(hasPassword ? { password } : { confirm: password });
      setOpen(false);
      showToast(t('profile.deleted'), 'info', 6000);
      navigate('/', { replace: true });
    } catch (err) {
      const e = errorsFrom(err);
      setError(e.fields.password ?? e.fields.confirm ?? e.message);
      setBusy(false);
    }
  }

  return (
    <section class="card section section-danger" aria-labelledby="danger-title">
      <h2 id="danger-title" class="section-title">
        {t('profile.dangerSection')}
      </h2>
      <p class="section-body">{t('profile.dangerBody')}</p>
      <div>
        <button
          type="button"
          class="btn btn-danger-outline"
          onClick={() => {
            setPassword('');
            setError(null);
            setOpen(true);
          }}
        >
          {t('profile.deleteButton')}
        </button>
      </div>
      <ConfirmDialog
        open={open}
        title={t('profile.deleteConfirmTitle')}
        body={t(hasPassword ? 'profile.deleteConfirmBody' : 'profile.deleteConfirmEmail')}
        confirmLabel={t('profile.deleteSubmit')}
        busy={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <Field
          id="delete-password"
          label={t(hasPassword ? 'field.password' : 'field.email')}
          type={hasPassword ? 'password' : 'email'}
          name={hasPassword ? 'password' : 'confirm'}
          autoComplete={hasPassword ? 'current-password' : 'off'}
          maxLength={hasPassword ? MAX_PASSWORD_LEN : MAX_EMAIL_LEN}
          value={password}
          onValue={(v) => {
            setPassword(v);
            setError(null);
          }}
        />
      </ConfirmDialog>
    </section>
  );
}

export function ProfilePage() {
  const t = useT();
  useTitle(t('profile.title'));
  const session = useSession();
  const profile = session.status === 'signed_in' ? session.profile : null;
  const [error, setError] = useState<string | null>(null);

  async function load() {
    setError(null);
    try {
      setProfile(await getProfile());
    } catch (err) {
      setError(errorsFrom(err).message);
    }
  }

  // Always fetch fresh: the quota changes as the person chats.
  useEffect(() => {
    void load();
  }, []);

  return (
    <div class="container narrow page">
      <header class="page-head">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t('profile.title')}
        </h1>
      </header>
      {!profile && (error ? <ErrorState message={error} onRetry={load} /> : <Loading />)}
      {profile && (
        <div class="stack">
          <section class="card section profile-summary" aria-labelledby="acct-title">
            <div class="avatar-large" aria-hidden="true">
              {[...profile.nickname][0] ?? '?'}
            </div>
            <div class="profile-id">
              <h2 id="acct-title" class="profile-nickname">
                {profile.nickname}
                {profile.is_manager && <span class="badge badge-manager">{t('profile.manager')}</span>}
              </h2>
              <p class="profile-email">{profile.email}</p>
              <p class="profile-joined">
                {t('profile.joined')} · {formatDate(profile.created_at)}
              </p>
            </div>
          </section>
          <section class="card section" aria-labelledby="quota-title">
            <h2 id="quota-title" class="section-title">
              {t('profile.quotaSection')}
            </h2>
            <div class="quota-panel">
              <p class="quota-big">
                <span class="quota-big-num">{Math.max(0, profile.quota.remaining)}</span>
                <span class="quota-big-of">/ {profile.quota.limit}</span>
              </p>
              <div class="quota-detail">
                <p>{t('profile.quotaUsed', { used: profile.quota.used, remaining: Math.max(0, profile.quota.remaining) })}</p>
                <p class="muted">{t('profile.quotaResets', { time: formatClock(profile.quota.resets_at) })}</p>
                {profile.quota.limit > 0 && profile.quota.limit <= 10 && (
                  <div class="quota-pills" aria-hidden="true">
                    {Array.from({ length: profile.quota.limit }, (_, i) => (
                      <span key={i} class={i < profile.quota.remaining ? 'quota-pill on' : 'quota-pill'} />
                    ))}
                  </div>
                )}
              </div>
            </div>
          </section>
          <NicknameForm key={profile.id} profile={profile} />
          <LinkedAccounts profile={profile} />
          <PasswordForm key={String(profile.email_login)} hasPassword={profile.email_login !== false} />
          <DeleteAccount hasPassword={profile.email_login !== false} />
        </div>
      )}
    </div>
  );
}
