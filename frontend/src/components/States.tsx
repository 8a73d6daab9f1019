import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

export function Spinner() {
  return <span class="spinner" aria-hidden="true" />;
}

/** A centred "불러오는 중…" with a spinner, announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({
  title,
  body,
  icon,
  children,
}: {
  title: string;
  body?: string;
  icon?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <div class="state state-empty">
      {icon && (
        <div class="state-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 class="state-title">{title}</h2>
      {body && <p class="state-body">{body}</p>}
      {children}
    </div>
  );
}

/** A failed request: what went wrong and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div class="state state-error" role="alert">
      <p class="state-body">{message}</p>
      {onRetry && (
        <button type="button" class="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Alert({
  tone = 'error',
  title,
  children,
}: {
  tone?: 'error' | 'info' | 'success' | 'warning';
  title?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`alert alert-${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}>
      {title && <p class="alert-title">{title}</p>}
      {children && <div class="alert-body">{children}</div>}
    </div>
  );
}
