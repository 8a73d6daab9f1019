import { useEffect, useState } from 'preact/hooks';
import { deletePost, forgetPost, getPost, rememberPost, takeHandOver } from '../api/board';
import { ApiError } from '../api/client';
import type { Post } from '../api/types';
import { useSession } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CategoryBadge, PostImage } from '../components/PostBits';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { errorsFrom } from '../forms';
import { formatDateTime, useT } from '../i18n';
import { Link, navigate } from '../router';
import { useTitle } from '../title';
import { showToast } from '../toast';

/** The outcome of reading one post: what both the detail and the edit page show. */
export type Fetched = { kind: 'ready'; post: Post } | { kind: 'not_found' } | { kind: 'error'; message: string };

type State = { kind: 'loading' } | Fetched;

/** GET /api/board/{id} (which counts a view), remembered for the edit page; 404 is "not found". */
export async function fetchPost(id: string): Promise<Fetched> {
  try {
    const post = await getPost(id);
    rememberPost(post);
    return { kind: 'ready', post };
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return { kind: 'not_found' };
    return { kind: 'error', message: errorsFrom(err).message };
  }
}

export function BackToBoard() {
  const t = useT();
  return (
    <Link href="/board" class="back-link">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M12.5 4.5L7 10l5.5 5.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {t('board.back')}
    </Link>
  );
}

export function PostNotFound() {
  const t = useT();
  return (
    <div class="card">
      <EmptyState title={t('board.notFoundTitle')} body={t('board.notFoundBody')}>
        <Link href="/board" class="btn btn-primary">
          {t('board.back')}
        </Link>
      </EmptyState>
    </div>
  );
}

export function PostPage({ id }: { id: string }) {
  const t = useT();
  const session = useSession();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  useTitle(state.kind === 'ready' ? state.post.title : t('board.title'));

  async function load() {
    // A post this tab just wrote is shown as the server returned it, without a read that counts a view.
    const handed = takeHandOver(id);
    if (handed) {
      setState({ kind: 'ready', post: handed });
      return;
    }
    setState({ kind: 'loading' });
    setState(await fetchPost(id));
  }

  useEffect(() => {
    void load();
  }, [id]);

  const me = session.status === 'signed_in' ? session.profile : null;

  async function confirmDelete() {
    if (state.kind !== 'ready') return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deletePost(state.post.id);
      forgetPost(state.post.id);
      setConfirming(false);
      showToast(t('board.deleted'), 'info');
      navigate('/board');
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        // Already gone (deleted elsewhere): the outcome the person wanted.
        forgetPost(state.post.id);
        setConfirming(false);
        navigate('/board');
      } else setDeleteError(errorsFrom(err).message);
    } finally {
      setDeleting(false);
    }
  }

  let body;
  if (state.kind === 'loading') body = <Loading />;
  else if (state.kind === 'not_found') body = <PostNotFound />;
  else if (state.kind === 'error') body = <ErrorState message={state.message} onRetry={load} />;
  else {
    const post = state.post;
    const isAuthor = !!me && me.id === post.author?.id;
    const canDelete = isAuthor || !!me?.is_manager;
    const edited = post.updated_at && post.updated_at !== post.created_at;
    body = (
      <article class="card post-article" aria-labelledby="page-title">
        <header class="post-head">
          <CategoryBadge category={post.category} />
          <h1 id="page-title" class="page-title post-title" tabIndex={-1}>
            {post.title}
          </h1>
          <p class="post-meta">
            <span class="sr-only">{t('board.author')}: </span>
            <span class="post-author">{post.author?.nickname}</span>
            <span aria-hidden="true">·</span>
            <time dateTime={post.created_at}>{formatDateTime(post.created_at)}</time>
            {edited && (
              <>
                <span aria-hidden="true">·</span>
                <span title={formatDateTime(post.updated_at)}>{t('board.edited')}</span>
              </>
            )}
            <span aria-hidden="true">·</span>
            <span>{t('board.views', { n: post.view_count ?? 0 })}</span>
          </p>
        </header>
        {post.image_url && (
          <figure class="post-figure">
            <PostImage post={post} alt={t('board.image')} eager />
          </figure>
        )}
        <div class="post-body">{post.content}</div>
        {(isAuthor || canDelete) && (
          <footer class="post-actions">
            {isAuthor && (
              <Link href={`/board/${encodeURIComponent(post.id)}/edit`} class="btn btn-secondary">
                {t('board.edit')}
              </Link>
            )}
            {canDelete && (
              <button
                type="button"
                class="btn btn-danger-outline"
                onClick={() => {
                  setDeleteError(null);
                  setConfirming(true);
                }}
              >
                {t('common.delete')}
              </button>
            )}
          </footer>
        )}
        <ConfirmDialog
          open={confirming}
          title={t('board.deleteTitle')}
          body={t('board.deleteBody', { title: post.title })}
          confirmLabel={t('common.delete')}
          busy={deleting}
          error={deleteError}
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(false)}
        />
      </article>
    );
  }

  return (
    <div class="container narrow page post-page">
      <div class="crumbs">
        <BackToBoard />
      </div>
      {state.kind !== 'ready' && (
        <h1 id="page-title" class="sr-only" tabIndex={-1}>
          {state.kind === 'not_found' ? t('board.notFoundTitle') : t('board.title')}
        </h1>
      )}
      {body}
    </div>
  );
}
