import { t, type MessageKey } from '../i18n';
import { IMAGE_TYPES, MAX_IMAGE_SIZE } from '../limits';
import { ApiError, client } from './client';
import type { ImageUpload, NewPost, Page, Post, PostCategory, PostUpdate } from './types';

/** /api/board: reading needs no login; writing, editing and uploading do. */

export const CATEGORIES: readonly PostCategory[] = ['notice', 'question', 'chat'];

/** The largest head image in whole megabytes, as the messages say it. */
export const MAX_IMAGE_MB = MAX_IMAGE_SIZE / (1024 * 1024);

export function isCategory(value: unknown): value is PostCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

export function listPosts(category?: PostCategory | null, cursor?: string | null, limit = 12, signal?: AbortSignal) {
  const q = new URLSearchParams();
  if (category) q.set('category', category);
  if (cursor) q.set('cursor', cursor);
  q.set('limit', String(limit));
  return client.get<Page<Post>>(`/api/board?${q.toString()}`, { auth: false, signal });
}

/** Reads a post. The reader's token goes along when there is one: the server counts a view
 * once per reader and minute, never the author's own (docs: README, Decisions). */
export function getPost(id: string, signal?: AbortSignal) {
  return client.get<Post>(`/api/board/${encodeURIComponent(id)}`, { auth: 'optional', signal });
}

export function createPost(body: NewPost) {
  return client.post<Post>('/api/board', body);
}

/** image_key: absent keeps the image, null removes it, a new upload key replaces it. */
export function updatePost(id: string, body: PostUpdate) {
  return client.patch<Post>(`/api/board/${encodeURIComponent(id)}`, body);
}

export function deletePost(id: string) {
  return client.del(`/api/board/${encodeURIComponent(id)}`);
}

export function requestImageUpload(contentType: string, size: number) {
  return client.post<ImageUpload>('/api/board/images', { content_type: contentType, size });
}

/** The message for what checkImage found. */
export function imageProblemText(problem: MessageKey): string {
  return t(problem, { mb: MAX_IMAGE_MB });
}

/** Why a picked file cannot be a head image (checked before any upload), or null. */
export function checkImage(file: Pick<File, 'type' | 'size'>): MessageKey | null {
  if (!IMAGE_TYPES.includes(file.type)) return 'board.imageType';
  if (file.size < 1) return 'board.imageEmpty';
  if (file.size > MAX_IMAGE_SIZE) return 'board.imageSize';
  return null;
}

/**
 * Sends the file to the presigned URL with exactly the headers the server returned
 * (and no token: the URL itself is the permission). XMLHttpRequest, for upload progress.
 */
export function putUpload(upload: ImageUpload, file: Blob, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const failed = (status: number) => reject(new ApiError(status, 'unavailable', t('board.uploadFailed'), { image_key: t('board.uploadFailed') }));
    xhr.open(upload.method || 'PUT', upload.url);
    for (const [name, value] of Object.entries(upload.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e: ProgressEvent) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : failed(xhr.status));
    xhr.onerror = () => failed(0);
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    if (signal) {
      if (signal.aborted) return xhr.abort();
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** The whole upload: check, presign, PUT. Resolves with the key to send as image_key. */
export async function uploadImage(file: File, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  const problem = checkImage(file);
  if (problem) throw new ApiError(400, 'invalid', imageProblemText(problem), { image_key: imageProblemText(problem) });
  let upload: ImageUpload;
  try {
    upload = await requestImageUpload(file.type, file.size);
  } catch (err) {
    // The presign's own field names (content_type, size) belong to the image field here.
    if (err instanceof ApiError && !err.fields.image_key) {
      const field = err.fields.content_type ?? err.fields.size;
      if (field) throw new ApiError(err.status, err.code, err.message, { image_key: field }, err.body);
    }
    throw err;
  }
  onProgress?.(0);
  await putUpload(upload, file, onProgress, signal);
  onProgress?.(1);
  return upload.key;
}

/** The key of a post's current image (its URL without the leading "/"), or null. */
export function imageKeyOf(post: Pick<Post, 'image_url'>): string | null {
  const url = post.image_url;
  return url && url.startsWith('/') ? url.slice(1) : null;
}

/**
 * An image URL the app will load: same-origin paths only (the server returns /images/…,
 * and the CSP allows img-src 'self' data: blob:).
 */
export function safeImageSrc(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !url) return null;
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : null;
}

/**
 * Posts the app already holds, so that going between a post and its edit page does not
 * read it again (the server counts every read as a view). `shown` is the version the
 * detail page last showed, for the edit form; `fresh` is what create/edit just returned,
 * shown once by the detail page instead of reading the post back.
 */
const shown = new Map<string, Post>();
const fresh = new Map<string, Post>();

export function rememberPost(post: Post): void {
  shown.set(post.id, post);
}

export function recallPost(id: string): Post | undefined {
  return shown.get(id);
}

export function handOver(post: Post): void {
  shown.set(post.id, post);
  fresh.set(post.id, post);
}

export function takeHandOver(id: string): Post | undefined {
  const post = fresh.get(id);
  fresh.delete(id);
  return post;
}

export function forgetPost(id: string): void {
  shown.delete(id);
  fresh.delete(id);
}
