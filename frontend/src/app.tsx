import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useSession } from './auth';
import { Layout } from './components/Layout';
import { Loading } from './components/States';
import { useT } from './i18n';
import { BoardPage } from './pages/Board';
import { CheckPage } from './pages/Check';
import { HomePage } from './pages/Home';
import { LoginPage } from './pages/Login';
import { NotFoundPage } from './pages/NotFound';
import { OAuthDonePage, OAuthErrorPage } from './pages/OAuth';
import { PostPage } from './pages/Post';
import { EditPage, WritePage } from './pages/PostForm';
import { ProfilePage } from './pages/Profile';
import { RoomPage } from './pages/Room';
import { RoomsPage } from './pages/Rooms';
import { SignupPage } from './pages/Signup';
import { matchPath, navigate, safeNext, useLocation } from './router';

/** Who may see a route: anyone, only signed-in people, or only visitors (login, sign-up). */
type Access = 'public' | 'auth' | 'guest';

export interface Route {
  path: string;
  access: Access;
  /** Full-height layout without the footer (the chat room). */
  bare?: boolean;
  render: ComponentType<{ params: Record<string, string> }>;
}

export const routes: Route[] = [
  { path: '/', access: 'public', render: () => <HomePage /> },
  { path: '/login', access: 'guest', render: () => <LoginPage /> },
  { path: '/signup', access: 'guest', render: () => <SignupPage /> },
  { path: '/oauth/done', access: 'public', render: () => <OAuthDonePage /> },
  { path: '/oauth/error', access: 'public', render: () => <OAuthErrorPage /> },
  { path: '/profile', access: 'auth', render: () => <ProfilePage /> },
  { path: '/chat', access: 'auth', render: () => <RoomsPage /> },
  { path: '/chat/:id', access: 'auth', bare: true, render: ({ params }) => <RoomPage id={params.id ?? ''} /> },
  { path: '/check', access: 'public', render: () => <CheckPage /> },
  { path: '/board', access: 'public', render: () => <BoardPage /> },
  // Before /board/:id, which would take "new" for an id.
  { path: '/board/new', access: 'auth', render: () => <WritePage /> },
  { path: '/board/:id', access: 'public', render: ({ params }) => <PostPage id={params.id ?? ''} /> },
  { path: '/board/:id/edit', access: 'auth', render: ({ params }) => <EditPage id={params.id ?? ''} /> },
];

function resolve(path: string): { route: Route | null; params: Record<string, string> } {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return { route: null, params: {} };
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function App() {
  const t = useT();
  const session = useSession();
  const { path, query, href } = useLocation();
  const { route, params } = resolve(path);
  const first = useRef(true);

  // Move focus to the new page's heading so screen readers hear the change.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('page-title') ?? document.getElementById('main');
    heading?.focus({ preventScroll: true });
  }, [path]);

  let content;
  if (!route) content = <NotFoundPage />;
  else if (route.access === 'auth' && session.status !== 'signed_in') {
    content =
      session.status === 'loading' ? (
        <Loading label={t('auth.checking')} />
      ) : (
        <Redirect to={`/login?next=${encodeURIComponent(href)}`} />
      );
  } else if (route.access === 'guest' && session.status === 'signed_in') {
    content = <Redirect to={safeNext(query.get('next'))} />;
  } else {
    const Page = route.render;
    content = <Page params={params} />;
  }

  return <Layout bare={route?.bare && session.status === 'signed_in'}>{content}</Layout>;
}
