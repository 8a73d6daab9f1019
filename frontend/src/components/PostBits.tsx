import { useState } from 'preact/hooks';
import { isCategory, safeImageSrc } from '../api/board';
import type { Post } from '../api/types';
import { useT, type MessageKey } from '../i18n';

/** 공지 / 질문 / 잡담. An unknown category is shown as text and never becomes a class name. */
export function CategoryBadge({ category }: { category: string }) {
  const t = useT();
  const known = isCategory(category);
  return (
    <span class={`badge cat${known ? ` cat-${category}` : ''}`}>{known ? t(`board.cat.${category}` as MessageKey) : String(category ?? '')}</span>
  );
}

/** The picture of a post without one: a page between braces, tinted by category. Drawn inline, no asset. */
export function DefaultPicture() {
  return (
    <svg class="thumb-default" viewBox="0 0 320 180" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <circle cx="286" cy="22" r="70" fill="currentColor" opacity=".09" />
      <circle cx="30" cy="176" r="56" fill="currentColor" opacity=".07" />
      <rect class="paper" x="126" y="44" width="68" height="92" rx="10" />
      <path d="M142 66h36M142 80h36M142 94h22" stroke="currentColor" stroke-width="5" stroke-linecap="round" opacity=".45" />
      <path
        d="M104 50c-9 0-13 4-13 12v12c0 6-3 10-9 12 6 2 9 6 9 12v12c0 8 4 12 13 12M216 50c9 0 13 4 13 12v12c0 6 3 10 9 12-6 2-9 6-9 12v12c0 8-4 12-13 12"
        fill="none"
        stroke="currentColor"
        stroke-width="7"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** A post's head image, or the default picture when it has none (or it fails to load). */
export function PostImage({ post, alt = '', eager = false }: { post: Pick<Post, 'image_url' | 'category'>; alt?: string; eager?: boolean }) {
  const src = safeImageSrc(post.image_url);
  const [failed, setFailed] = useState<string | null>(null);
  const cat = isCategory(post.category) ? ` cat-${post.category}` : '';
  if (!src || failed === src) {
    return (
      <div class={`thumb thumb-empty${cat}`}>
        <DefaultPicture />
      </div>
    );
  }
  return (
    <div class={`thumb${cat}`}>
      <img src={src} alt={alt} loading={eager ? 'eager' : 'lazy'} decoding="async" onError={() => setFailed(src)} />
    </div>
  );
}
