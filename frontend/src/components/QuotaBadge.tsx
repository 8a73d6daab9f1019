import type { Quota } from '../api/types';
import { formatClock, useT } from '../i18n';

/** "3/5 남음 · 00:00 초기화", with one dot per question left. */
export function QuotaBadge({ quota }: { quota: Quota | null | undefined }) {
  const t = useT();
  if (!quota) return null;
  const remaining = Math.max(0, quota.remaining);
  const text = t('quota.short', { remaining, limit: quota.limit, time: formatClock(quota.resets_at) });
  const tone = remaining === 0 ? ' quota-empty' : remaining === 1 ? ' quota-low' : '';
  return (
    <p class={`quota${tone}`} title={t('quota.label')}>
      {quota.limit > 0 && quota.limit <= 10 && (
        <span class="quota-dots" aria-hidden="true">
          {Array.from({ length: quota.limit }, (_, i) => (
            <span key={i} class={i < remaining ? 'quota-dot on' : 'quota-dot'} />
          ))}
        </span>
      )}
      <span class="sr-only">{t('quota.label')}: </span>
      <span class="quota-text">{text}</span>
    </p>
  );
}
