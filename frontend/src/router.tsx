import type { ComponentChildren } from 'preact';
import { createStore, useStore } from './store';

/** A small history router: a location store, path patterns with :params, and <Link>. */

function currentLocation(): string {
  return typeof location === 'undefined' ? '/' : location.pathname + location.search;
}

export const locationStore = createStore<string>(currentLocation());

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => locationStore.set(currentLocation()));
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  locationStore.set(currentLocation());
  window.scrollTo(0, 0);
}

export interface LocationInfo {
  path: string;
  query: URLSearchParams;
  href: string;
}

export function useLocation(): LocationInfo {
  const href = useStore(locationStore);
  const q = href.indexOf('?');
  return {
    path: q < 0 ? href : href.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : href.slice(q)),
    href,
  };
}

/** Matches "/chat/:id" against a path; returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    const val = s[i]!;
    if (seg.startsWith(':')) {
      try {
        params[seg.slice(1)] = decodeURIComponent(val);
      } catch {
        return null;
      }
    } else if (seg !== val) return null;
  }
  return params;
}

/** A same-origin path that is safe to send someone back to after login. */
export function safeNext(next: string | null | undefined, fallback = '/chat'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith('/login') || next.startsWith('/signup')) return fallback;
  return next;
}

interface LinkProps {
  href: string;
  class?: string;
  children?: ComponentChildren;
  onClick?: (e: MouseEvent) => void;
  'aria-current'?: 'page' | undefined;
  'aria-label'?: string;
}

export function Link({ href, onClick, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
