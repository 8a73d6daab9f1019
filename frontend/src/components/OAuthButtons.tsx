import { useEffect, useState } from 'preact/hooks';
import { oauthProviders } from '../api/accounts';
import { useT } from '../i18n';

/** The providers this server has configured; asked once per page load. */
let providers: Promise<string[]> | null = null;

export function useProviders(): string[] {
  const [list, setList] = useState<string[]>([]);
  useEffect(() => {
    providers ??= oauthProviders()
      .then((r) => (Array.isArray(r.providers) ? r.providers : []))
      .catch(() => {
        providers = null;
        return [];
      });
    let live = true;
    void providers.then((p) => live && setList(p));
    return () => {
      live = false;
    };
  }, []);
  return list;
}

/** GitHub's mark (the Invertocat), drawn in the text colour: white on black, per GitHub's logo rules. */
export function GitHubMark() {
  return (
    <svg class="oauth-mark" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.06-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z"
      />
    </svg>
  );
}

/** Kakao's speech-bubble symbol, black (#000000) on the Kakao yellow, per Kakao Login's design guide. */
export function KakaoMark() {
  return (
    <svg class="oauth-mark" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="#000000"
        d="M9 1.2C4.58 1.2 1 4 1 7.44c0 2.21 1.48 4.15 3.71 5.25l-.95 3.47c-.08.3.26.54.52.37l4.11-2.72c.2.02.4.03.61.03 4.42 0 8-2.8 8-6.4S13.42 1.2 9 1.2z"
      />
    </svg>
  );
}

export const PROVIDER_LABEL: Record<string, string> = { github: 'GitHub', kakao: 'Kakao' };

/** "GitHub으로 계속하기" and "카카오로 계속하기": full-page links to the server's start route. */
export function OAuthButtons({ next }: { next: string | null }) {
  const t = useT();
  const list = useProviders();
  if (!list.length) return null;
  const q = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <div class="oauth-buttons">
      {list.includes('github') && (
        <a class="btn btn-block btn-oauth btn-github" href={`/api/accounts/oauth/github/start${q}`} data-provider="github">
          <GitHubMark />
          <span>{t('oauth.github')}</span>
        </a>
      )}
      {list.includes('kakao') && (
        <a class="btn btn-block btn-oauth btn-kakao" href={`/api/accounts/oauth/kakao/start${q}`} data-provider="kakao">
          <KakaoMark />
          <span>{t('oauth.kakao')}</span>
        </a>
      )}
      <p class="oauth-or" aria-hidden="true">
        <span>{t('oauth.or')}</span>
      </p>
    </div>
  );
}
