import { useSession } from '../auth';
import { LogoMark } from '../components/Logo';
import { SuggestionCard } from '../components/SuggestionCard';
import { useT } from '../i18n';
import { Link } from '../router';
import { useTitle } from '../title';

function FeatureIcon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function HomePage() {
  const t = useT();
  useTitle(null);
  const session = useSession();
  const signedIn = session.status === 'signed_in';

  return (
    <div class="home">
      <section class="hero">
        <div class="container hero-inner">
          <div class="hero-copy">
            <p class="eyebrow">{t('app.tagline')}</p>
            <h1 id="page-title" class="hero-title" tabIndex={-1}>
              {t('home.title')}
            </h1>
            <p class="hero-lead">{t('home.lead')}</p>
            <div class="hero-actions">
              {signedIn ? (
                <Link href="/chat" class="btn btn-primary btn-large">
                  {t('home.openChat')}
                </Link>
              ) : (
                <>
                  <Link href="/signup" class="btn btn-primary btn-large">
                    {t('home.start')}
                  </Link>
                  <Link href="/login" class="btn btn-ghost btn-large">
                    {t('home.login')}
                  </Link>
                </>
              )}
            </div>
            <p class="home-try">
              <Link href="/check" class="btn btn-secondary">
                {t('home.try')}
              </Link>
            </p>
          </div>
          <figure class="demo card" aria-label={t('home.demoLabel')}>
            <div class="demo-head">
              <span class="chip">{t('home.demoRoom')}</span>
            </div>
            <div class="demo-body">
              <div class="msg msg-user">
                <div class="msg-stack">
                  <div class="bubble bubble-user">{t('home.demoQuestion')}</div>
                </div>
              </div>
              <div class="msg msg-bot">
                <div class="avatar" aria-hidden="true">
                  <LogoMark size={32} />
                </div>
                <div class="msg-stack">
                  <div class="bubble bubble-bot">
                    <p class="bot-text">{t('home.demoAnswer')}</p>
                    <ul class="name-cards">
                      <SuggestionCard suggestion={{ kind: 'function', name: 'add_numbers', reason: t('home.demoReason1') }} />
                      <SuggestionCard suggestion={{ kind: 'variable', name: 'calculation_result', reason: t('home.demoReason2') }} />
                      <SuggestionCard suggestion={{ kind: 'constant', name: 'SUPPORTED_OPERATORS', reason: t('home.demoReason3') }} />
                    </ul>
                  </div>
                </div>
              </div>
            </div>
          </figure>
        </div>
      </section>
      <section class="container features" aria-label="namebot">
        <div class="feature">
          <span class="feature-icon">
            <FeatureIcon d="M8 6l-5 6 5 6M16 6l5 6-5 6" />
          </span>
          <h2 class="feature-title">{t('home.f1.title')}</h2>
          <p class="feature-body">{t('home.f1.body')}</p>
        </div>
        <div class="feature">
          <span class="feature-icon">
            <FeatureIcon d="M4 6h16M4 12h10M4 18h7" />
          </span>
          <h2 class="feature-title">{t('home.f2.title')}</h2>
          <p class="feature-body">{t('home.f2.body')}</p>
        </div>
        <div class="feature">
          <span class="feature-icon">
            <FeatureIcon d="M12 3v3M12 18v3M4.2 7.5l2.6 1.5M17.2 15l2.6 1.5M4.2 16.5l2.6-1.5M17.2 9l2.6-1.5M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z" />
          </span>
          <h2 class="feature-title">{t('home.f3.title')}</h2>
          <p class="feature-body">{t('home.f3.body')}</p>
        </div>
      </section>
    </div>
  );
}
