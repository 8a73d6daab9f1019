import { EmptyState } from '../components/States';
import { useT } from '../i18n';
import { useTitle } from '../title';

/** Placeholder behind the `board` flag until the board pages (issue 5) land. */
export function BoardPage() {
  const t = useT();
  useTitle(t('board.title'));
  return (
    <div class="container page">
      <h1 id="page-title" class="page-title" tabIndex={-1}>
        {t('board.title')}
      </h1>
      <EmptyState title={t('board.soon')} />
    </div>
  );
}
