import { useEffect } from 'preact/hooks';
import { useSession } from '../auth';
import { Alert, Loading } from '../components/States';
import { useT, type MessageKey } from '../i18n';
import { Link, navigate, safeNext, useLocation } from '../router';
import { useTitle } from '../title';

/**
 * Where the server sends the browser after a provider sign-in. The page load has
 * already traded the fresh refresh cookie for an access token (restoreSession);
 * this page only moves on to `next`.
 */
export function OAuthDonePage() {
  const t = useT();
  useTitle(t('oauth.doneTitle'));
  const session = useSession();
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  useEffect(() => {
    if (session.status === 'signed_in') navigate(next, { replace: true });
  }, [session.status, next]);
  if (session.status !== 'signed_out') return <Loading label={t('oauth.finishing')} />;
  return (
    <div class="container auth-page">
      <section class="card auth-card" aria-labelledby="page-title">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t('oauth.errorTitle')}
        </h1>
        <Alert tone="error">{t('oauth.reason.server')}</Alert>
        <Link href="/login" class="btn btn-primary btn-block">
          {t('oauth.backToLogin')}
        </Link>
      </section>
    </div>
  );
}

const REASONS = [
  'cancelled',
  'state',
  'code',
  'provider',
  'email_unverified',
  'link_required',
  'linked_elsewhere',
  'already_linked',
  'account_gone',
  'unavailable',
] as const;

/** A failed or cancelled provider sign-in. Only known reason codes are shown: never the provider's own text. */
export function OAuthErrorPage() {
  const t = useT();
  useTitle(t('oauth.errorTitle'));
  const session = useSession();
  const { query } = useLocation();
  const raw = query.get('reason') ?? '';
  const reason = (REASONS as readonly string[]).includes(raw) ? raw : 'server';
  const signedIn = session.status === 'signed_in';
  return (
    <div class="container auth-page">
      <section class="card auth-card" aria-labelledby="page-title">
        <h1 id="page-title" class="page-title" tabIndex={-1}>
          {t(reason === 'cancelled' ? 'oauth.cancelledTitle' : 'oauth.errorTitle')}
        </h1>
        <Alert tone={reason === 'cancelled' ? 'info' : 'error'}>
          <span data-testid="oauth-reason" data-reason={reason}>
            {t(`oauth.reason.${reason}` as MessageKey)}
          </span>
        </Alert>
        <Link href={signedIn ? '/profile' : '/login'} class="btn btn-primary btn-block">
          {t(signedIn ? 'oauth.backToProfile' : 'oauth.backToLogin')}
        </Link>
      </section>
    </div>
  );
}
