import { useEffect } from 'preact/hooks';

/** Sets document.title to "<page> · namebot". */
export function useTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} · namebot` : 'namebot';
  }, [page]);
}
