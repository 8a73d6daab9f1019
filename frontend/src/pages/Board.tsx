import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, isCategory, listPosts } from '../api/board';
import type { Post, PostCategory } from '../api/types';
import { CategoryBadge, PostImage } from '../components/PostBits';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { errorsFrom } from '../forms';
import { formatRelative, useT, type MessageKey } from '../i18n';
import { Link, useLocation } from '../router';
import { useTitle } from '../title';

export const PAGE_SIZE = 12;

export function postHref(post: Pick<Post, 'id'>): string {
  return `/board/${encodeURIComponent(post.id)}`;
}

function boardHref(category: PostCategory | null): string {
  return category ? `/board?category=${category}` : '/board';
}

function PenIcon() {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M4 16l1-4 8.5-8.5a2.1 2.1 0 0 1 3 3L8 15l-4 1zM12 5l3 3" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function BoardIcon() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <rect x="8" y="7" width="32" height="34" rx="7" fill="none" stroke="currentColor" stroke-width="2.4" />
      <path d="M16 17h16M16 24h16M16 31h9" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
    </svg>
  );
}

export function PostCard({ post }: { post: Post }) {
  const t = useT();
  return (
    <li class="post-card card">
      <PostImage post={post} />
      <div class="post-card-body">
        <CategoryBadge category={post.category} />
        <h2 class="post-card-title">
          <Link href={postHref(post)} class="post-card-link">
            {post.title}
          </Link>
        </h2>
        <p class="post-excerpt">{post.content}</p>
        <p class="post-meta">
          <span class="post-author">{post.author?.nickname}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={post.created_at}>{formatRelative(post.created_at)}</time>
          <span aria-hidden="true">·</span>
          <span>{t('board.views', { n: post.view_count ?? 0 })}</span>
        </p>
      </div>
    </li>
  );
}

export function BoardPage() {
  const t = useT();
  useTitle(t('board.title'));
  const { query } = useLocation();
  const raw = query.get('category');
  const category: PostCategory | null = isCategory(raw) ? raw : null;

  const [posts, setPosts] = useState<Post[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Answers for a category the person already left are dropped.
  const seq = useRef(0);

  async function load() {
    const mine = ++seq.current;
    setError(null);
    setMoreError(null);
    setPosts(null);
    setCursor(null);
    try {
      const page = await listPosts(category, null, PAGE_SIZE);
      if (mine !== seq.current) return;
      setPosts(page.items ?? []);
      setCursor(page.next_cursor ?? null);
    } catch (err) {
      if (mine === seq.current) setError(errorsFrom(err).message);
    }
  }

  async function loadMore() {
    if (!cursor || loadingMore) return;
    const mine = seq.current;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listPosts(category, cursor, PAGE_SIZE);
      if (mine !== seq.current) return;
      const items = page.items ?? [];
      setPosts((cur) => {
        const seen = new Set((cur ?? []).map((p) => p.id));
        return [...(cur ?? []), ...items.filter((p) => !seen.has(p.id))];
      });
      setCursor(page.next_cursor ?? null);
    } catch (err) {
      if (mine === seq.current) setMoreError(errorsFrom(err).message);
    } finally {
      if (mine === seq.current) setLoadingMore(false);
    }
  }

  useEffect(() => {
    setLoadingMore(false);
    void load();
  }, [category]);

  const tabs: (PostCategory | null)[] = [null, ...CATEGORIES];
  const catName = category ? t(`board.cat.${category}` as MessageKey) : '';

  return (
    <div class="container page board-page">
      <header class="page-head page-head-row">
        <div>
          <h1 id="page-title" class="page-title" tabIndex={-1}>
            {t('board.title')}
          </h1>
          <p class="page-lead">{t('board.lead')}</p>
        </div>
        <Link href="/board/new" class="btn btn-primary board-write">
          <PenIcon />
          {t('board.write')}
        </Link>
      </header>

      <nav class="tabs" aria-label={t('board.categories')}>
        {tabs.map((c) => (
          <Link key={c ?? 'all'} href={boardHref(c)} class="tab" aria-current={c === category ? 'page' : undefined}>
            {c ? t(`board.cat.${c}` as MessageKey) : t('board.cat.all')}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="board-list-title" aria-busy={posts === null && !error ? 'true' : undefined}>
        <h2 id="board-list-title" class="sr-only">
          {category ? `${t('board.listLabel')}: ${catName}` : t('board.listLabel')}
        </h2>
        {posts === null && !error && <Loading />}
        {error && <ErrorState message={error} onRetry={load} />}
        {posts && posts.length === 0 && (
          <div class="card">
            <EmptyState
              title={category ? t('board.emptyCategoryTitle', { cat: catName }) : t('board.emptyTitle')}
              body={t('board.emptyBody')}
              icon={<BoardIcon />}
            >
              <Link href="/board/new" class="btn btn-primary">
                {t('board.write')}
              </Link>
            </EmptyState>
          </div>
        )}
        {posts && posts.length > 0 && (
          <ul class="post-grid">
            {posts.map((p) => (
              <PostCard key={p.id} post={p} />
            ))}
          </ul>
        )}
        {moreError && <ErrorState message={moreError} onRetry={loadMore} />}
        {cursor && posts && posts.length > 0 && (
          <div class="center">
            <button type="button" class="btn btn-secondary" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('common.loadMore')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
