import { client } from './client';
import type { ImageUpload, NewPost, Page, Post, PostCategory } from './types';

/** /api/board: ready for the board pages (issue 5). Reading needs no login. */

export function listPosts(category?: PostCategory | null, cursor?: string | null, limit = 20) {
  const q = new URLSearchParams();
  if (category) q.set('category', category);
  if (cursor) q.set('cursor', cursor);
  q.set('limit', String(limit));
  return client.get<Page<Post>>(`/api/board?${q.toString()}`, { auth: client.hasToken() });
}

export function getPost(id: string) {
  return client.get<Post>(`/api/board/${encodeURIComponent(id)}`, { auth: client.hasToken() });
}

export function createPost(body: NewPost) {
  return client.post<Post>('/api/board', body);
}

export function updatePost(id: string, body: Partial<NewPost>) {
  return client.patch<Post>(`/api/board/${encodeURIComponent(id)}`, body);
}

export function deletePost(id: string) {
  return client.del(`/api/board/${encodeURIComponent(id)}`);
}

export function requestImageUpload(contentType: string, size: number) {
  return client.post<ImageUpload>('/api/board/images', { content_type: contentType, size });
}
