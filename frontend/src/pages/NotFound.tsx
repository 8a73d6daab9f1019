import { EmptyState } from '../components/States';
import { useT } from '../i18n';
import { Link } from '../router';
import { useTitle } from '../title';

export function NotFoundPage() {
  const t = useT();
  useTitle(t('notFound.title'));
  return (
    <div class="container narrow page">
      <h1 id="page-title" class="sr-only" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <EmptyState title={t('notFound.title')} body={t('notFound.body')} icon={<span class="big-404">404</span>}>
        <Link href="/" class="btn btn-primary">
          {t('common.backHome')}
        </Link>
      </EmptyState>
    </div>
  );
}
