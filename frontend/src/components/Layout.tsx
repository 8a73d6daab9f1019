import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { logout, useSession } from '../auth';
import { getLang, setLang, useT } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { useStore } from '../store';
import { dismissToast, showToast, toastStore } from '../toast';
import { Wordmark } from './Logo';

function NavLink({ href, children }: { href: string; children: ComponentChildren }) {
  const { path } = useLocation();
  const active = path === href || path.startsWith(`${href}/`);
  return (
    <Link href={href} class="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function Toasts() {
  const t = useT();
  const toasts = useStore(toastStore);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((x) => (
        <div key={x.id} class={`toast toast-${x.tone}`}>
          <span>{x.text}</span>
          <button type="button" class="toast-close" aria-label={t('common.close')} onClick={() => dismissToast(x.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function Header() {
  const t = useT();
  const session = useSession();
  const [leaving, setLeaving] = useState(false);
  const signedIn = session.status === 'signed_in';
  const nickname = signedIn ? session.profile?.nickname : undefined;
  const other = getLang() === 'ko' ? 'en' : 'ko';

  return (
    <header class={`site-header${signedIn ? ' is-signed-in' : ''}`}>
      <div class="container header-inner">
        <Link href="/" class="brand" aria-label={t('nav.home')}>
          <Wordmark />
        </Link>
        <nav class="nav" aria-label={t('nav.main')}>
          {signedIn && <NavLink href="/chat">{t('nav.chat')}</NavLink>}
          <NavLink href="/board">{t('nav.board')}</NavLink>
          {signedIn && (
            <NavLink href="/profile">
              <span class="nav-profile-label">{t('nav.profile')}</span>
              {nickname && <span class="nav-nickname">{nickname}</span>}
            </NavLink>
          )}
          {session.status === 'signed_out' && (
            <>
              <NavLink href="/login">{t('nav.login')}</NavLink>
              <Link href="/signup" class="btn btn-primary btn-small nav-cta">
                {t('nav.signup')}
              </Link>
            </>
          )}
          {signedIn && (
            <button
              type="button"
              class="nav-link nav-button"
              disabled={leaving}
              onClick={async () => {
                setLeaving(true);
                try {
                  await logout();
                } catch {
                  // The local session is gone either way.
                } finally {
                  setLeaving(false);
                }
                showToast(t('profile.loggedOut'), 'info');
                navigate('/');
              }}
            >
              {t('nav.logout')}
            </button>
          )}
          <button
            type="button"
            class="lang-toggle"
            lang={other}
            aria-label={t('nav.switchToLabel')}
            onClick={() => setLang(other)}
          >
            {t('nav.switchTo')}
          </button>
        </nav>
      </div>
    </header>
  );
}

/** The shell around every page: skip link, header, main, footer and toasts. */
export function Layout({ children, bare }: { children: ComponentChildren; bare?: boolean }) {
  const t = useT();
  return (
    <div class={`app${bare ? ' app-full' : ''}`}>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header />
      <main id="main" class="main" tabIndex={-1}>
        {children}
      </main>
      {!bare && (
        <footer class="site-footer">
          <div class="container footer-inner">
            <span class="footer-brand">namebot</span>
            <span>{t('footer.note')}</span>
          </div>
        </footer>
      )}
      <Toasts />
    </div>
  );
}
