import { useEffect, useRef, useState } from 'preact/hooks';
import { getProfile } from '../api/accounts';
import {
  checkImage,
  createPost,
  handOver,
  imageKeyOf,
  imageProblemText,
  recallPost,
  safeImageSrc,
  updatePost,
  uploadImage,
} from '../api/board';
import { ApiError } from '../api/client';
import type { NewPost, Post, PostCategory, PostUpdate } from '../api/types';
import { setProfile, useSession } from '../auth';
import { Field } from '../components/Field';
import { ImagePicker, usePreviews, type Picked } from '../components/ImagePicker';
import { Alert, ErrorState, Loading } from '../components/States';
import { charLength, errorsFrom, isBlank, noErrors, useForm } from '../forms';
import { useT, type MessageKey } from '../i18n';
import { MAX_POST_CONTENT_LEN, MAX_POST_TITLE_LEN } from '../limits';
import { navigate } from '../router';
import { useTitle } from '../title';
import { showToast } from '../toast';
import { BackToBoard, fetchPost, PostNotFound } from './Post';

const FIELD_IDS: Record<string, string> = {
  title: 'post-title',
  category: 'post-category',
  content: 'post-content',
  image_key: 'post-image',
};

function focusFirstInvalid(fields: Record<string, string>): void {
  const first = Object.keys(FIELD_IDS).find((k) => fields[k]);
  if (!first) return;
  setTimeout(() => document.getElementById(FIELD_IDS[first]!)?.focus(), 0);
}

/** The form's typed values; the image is held apart (it is uploaded as soon as it is picked). */
type PostValues = { title: string; content: string; category: PostCategory };

interface PostFormProps {
  /** The post being edited; absent for a new post. */
  post?: Post;
  isManager: boolean;
  onReload?: () => void;
}

function PostForm({ post, isManager, onReload }: PostFormProps) {
  const t = useT();
  const editing = !!post;
  const originalUrl = post ? safeImageSrc(post.image_url) : null;
  const f = useForm<PostValues>({ title: post?.title ?? '', content: post?.content ?? '', category: post?.category ?? 'question' });
  const { errors, setErrors, busy, setBusy } = f;
  const { title, content, category } = f.values;
  const [picked, setPicked] = useState<Picked>(originalUrl ? { kind: 'current', url: originalUrl } : { kind: 'none' });
  const [conflict, setConflict] = useState(false);
  const previews = usePreviews();
  const upload = useRef<AbortController | null>(null);

  useEffect(() => () => upload.current?.abort(), []);

  function replacePicked(next: Picked) {
    setPicked((cur) => {
      if (cur.kind !== 'none' && cur.kind !== 'current' && (next.kind === 'none' || next.kind === 'current' || next.preview !== cur.preview)) previews.drop(cur.preview);
      return next;
    });
  }

  async function pick(file: File) {
    const problem = checkImage(file);
    if (problem) {
      // The image the form had stays; only the new file is refused.
      f.setFieldError('image_key', imageProblemText(problem));
      return;
    }
    upload.current?.abort();
    const ctl = new AbortController();
    upload.current = ctl;
    f.setFieldError('image_key', null);
    const preview = previews.make(file);
    replacePicked({ kind: 'uploading', preview, progress: 0 });
    try {
      const key = await uploadImage(
        file,
        (p) => setPicked((cur) => (cur.kind === 'uploading' && cur.preview === preview ? { ...cur, progress: p } : cur)),
        ctl.signal,
      );
      if (ctl.signal.aborted) return;
      setPicked((cur) => (cur.kind === 'uploading' && cur.preview === preview ? { kind: 'uploaded', preview, key } : cur));
    } catch (err) {
      if (ctl.signal.aborted || (err instanceof DOMException && err.name === 'AbortError')) return;
      const e = errorsFrom(err);
      setPicked((cur) => (cur.kind === 'uploading' && cur.preview === preview ? { kind: 'failed', preview } : cur));
      f.setFieldError('image_key', e.fields.image_key ?? e.message);
    } finally {
      if (upload.current === ctl) upload.current = null;
    }
  }

  function removeImage() {
    upload.current?.abort();
    f.setFieldError('image_key', null);
    replacePicked({ kind: 'none' });
  }

  function undoRemove() {
    f.setFieldError('image_key', null);
    if (originalUrl) replacePicked({ kind: 'current', url: originalUrl });
  }

  function validate(): Record<string, string> {
    const fields: Record<string, string> = {};
    const tl = charLength(title.trim());
    const cl = charLength(content.trim());
    if (isBlank(title)) fields.title = t('v.required');
    else if (tl > MAX_POST_TITLE_LEN) fields.title = t('v.tooLong', { max: MAX_POST_TITLE_LEN });
    if (isBlank(content)) fields.content = t('v.required');
    else if (cl > MAX_POST_CONTENT_LEN) fields.content = t('v.tooLong', { max: MAX_POST_CONTENT_LEN });
    if (picked.kind === 'uploading') fields.image_key = t('board.waitUpload');
    else if (picked.kind === 'failed') fields.image_key = errors.fields.image_key || t('board.uploadFailed');
    return fields;
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    setConflict(false);
    const fields = validate();
    if (Object.keys(fields).length) {
      setErrors({ message: null, fields });
      focusFirstInvalid(fields);
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      let saved: Post;
      if (!post) {
        const body: NewPost = { title: title.trim(), content: content.trim(), category };
        if (picked.kind === 'uploaded') body.image_key = picked.key;
        saved = await createPost(body);
      } else {
        const body: PostUpdate = {};
        if (title.trim() !== post.title) body.title = title.trim();
        if (content.trim() !== post.content) body.content = content.trim();
        if (category !== post.category) body.category = category;
        if (picked.kind === 'uploaded') body.image_key = picked.key;
        else if (picked.kind === 'none' && imageKeyOf(post)) body.image_key = null;
        if (Object.keys(body).length === 0) {
          navigate(`/board/${encodeURIComponent(post.id)}`);
          return;
        }
        saved = await updatePost(post.id, body);
      }
      handOver(saved);
      showToast(editing ? t('board.saved') : t('board.created'));
      navigate(`/board/${encodeURIComponent(saved.id)}`, { replace: true });
    } catch (err) {
      const next = errorsFrom(err);
      if (next.fields.image_key) {
        // The server refused the uploaded file: it cannot be sent again as it is.
        setPicked((cur) => (cur.kind === 'uploaded' ? { kind: 'failed', preview: cur.preview } : cur));
      }
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      setErrors(next);
      focusFirstInvalid(next.fields);
      setBusy(false);
    }
  }

  const options: PostCategory[] = isManager || post?.category === 'notice' ? ['notice', 'question', 'chat'] : ['question', 'chat'];
  const titleLen = charLength(title.trim());
  const contentLen = charLength(content.trim());
  const known = new Set(Object.keys(FIELD_IDS));
  const others = Object.entries(errors.fields).filter(([k]) => !known.has(k));

  return (
    <form class="card section post-form" onSubmit={submit} noValidate aria-labelledby="page-title">
      {errors.message && (
        <Alert tone="error">
          {errors.message}
          {others.map(([k, v]) => (
            <span key={k} class="alert-line">
              {v}
            </span>
          ))}
          {conflict && onReload && (
            <span class="alert-line">
              <button type="button" class="btn btn-secondary btn-small" onClick={onReload}>
                {t('board.reload')}
              </button>
            </span>
          )}
        </Alert>
      )}
      <div class="form-row post-form-top">
        <Field
          id="post-title"
          label={t('field.title')}
          name="title"
          autoComplete="off"
          required
          hint={t('common.chars', { n: titleLen, max: MAX_POST_TITLE_LEN })}
          {...f.field('title')}
        />
        <div class={`field${errors.fields.category ? ' field-invalid' : ''}`}>
          <label class="field-label" for="post-category">
            {t('board.field.category')}
          </label>
          <select
            id="post-category"
            class="input select"
            name="category"
            value={category}
            aria-invalid={errors.fields.category ? 'true' : undefined}
            aria-describedby={errors.fields.category ? 'post-category-error' : undefined}
            onChange={(e) => f.set('category')(e.currentTarget.value)}
          >
            {options.map((c) => (
              <option key={c} value={c}>
                {t(`board.cat.${c}` as MessageKey)}
              </option>
            ))}
          </select>
          {errors.fields.category && (
            <p id="post-category-error" class="field-error">
              {errors.fields.category}
            </p>
          )}
        </div>
      </div>
      <div class={`field${errors.fields.content ? ' field-invalid' : ''}`}>
        <label class="field-label" for="post-content">
          {t('board.field.content')}
        </label>
        <textarea
          id="post-content"
          class="input textarea"
          name="content"
          rows={12}
          required
          placeholder={t('board.contentPlaceholder')}
          value={content}
          aria-invalid={errors.fields.content ? 'true' : undefined}
          aria-describedby={`post-content-count${errors.fields.content ? ' post-content-error' : ''}`}
          onInput={(e) => f.set('content')(e.currentTarget.value)}
        />
        <div class="field-foot">
          {errors.fields.content ? (
            <p id="post-content-error" class="field-error">
              {errors.fields.content}
            </p>
          ) : (
            <span />
          )}
          <span id="post-content-count" class={`field-count${contentLen > MAX_POST_CONTENT_LEN ? ' over' : ''}`}>
            {t('common.chars', { n: contentLen, max: MAX_POST_CONTENT_LEN })}
          </span>
        </div>
      </div>
      <ImagePicker
        picked={picked}
        original={originalUrl}
        error={errors.fields.image_key}
        disabled={busy}
        onPick={pick}
        onRemove={removeImage}
        onUndo={undoRemove}
      />
      <div class="form-actions">
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() => {
            upload.current?.abort();
            navigate(post ? `/board/${encodeURIComponent(post.id)}` : '/board');
          }}
        >
          {t('common.cancel')}
        </button>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? (editing ? t('board.saving') : t('board.submitting')) : editing ? t('board.save') : t('board.submit')}
        </button>
      </div>
    </form>
  );
}

/** is_manager as GET /api/accounts/profile says now (a promotion may be newer than the session). */
function useIsManager(): boolean {
  const session = useSession();
  useEffect(() => {
    let live = true;
    getProfile()
      .then((p) => live && setProfile(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return session.status === 'signed_in' && !!session.profile?.is_manager;
}

export function WritePage() {
  const t = useT();
  useTitle(t('board.newTitle'));
  const isManager = useIsManager();
  return (
    <div class="container narrow page post-page">
      <div class="crumbs">
        <BackToBoard />
      </div>
      <h1 id="page-title" class="page-title page-head" tabIndex={-1}>
        {t('board.newTitle')}
      </h1>
      <PostForm isManager={isManager} />
    </div>
  );
}

type EditState = { kind: 'loading' } | { kind: 'ready'; post: Post; version: number } | { kind: 'not_found' } | { kind: 'error'; message: string };

export function EditPage({ id }: { id: string }) {
  const t = useT();
  useTitle(t('board.editTitle'));
  const session = useSession();
  const isManager = useIsManager();
  const [state, setState] = useState<EditState>({ kind: 'loading' });

  async function load(fresh = false) {
    // The post the detail page just showed, when there is one: reading it again would count a view.
    const known = fresh ? undefined : recallPost(id);
    if (known) {
      setState({ kind: 'ready', post: known, version: 0 });
      return;
    }
    setState({ kind: 'loading' });
    const fetched = await fetchPost(id);
    setState(fetched.kind === 'ready' ? { ...fetched, version: Date.now() } : fetched);
  }

  useEffect(() => {
    void load();
  }, [id]);

  const me = session.status === 'signed_in' ? session.profile : null;
  let body;
  if (state.kind === 'loading') body = <Loading />;
  else if (state.kind === 'not_found') body = <PostNotFound />;
  else if (state.kind === 'error') body = <ErrorState message={state.message} onRetry={() => void load(true)} />;
  else if (me && me.id !== state.post.author?.id) body = <ErrorState message={t('board.notAuthor')} />;
  else body = <PostForm key={`${state.post.id}-${state.version}`} post={state.post} isManager={isManager} onReload={() => void load(true)} />;

  return (
    <div class="container narrow page post-page">
      <div class="crumbs">
        <BackToBoard />
      </div>
      <h1 id="page-title" class="page-title page-head" tabIndex={-1}>
        {t('board.editTitle')}
      </h1>
      {body}
    </div>
  );
}
