import type { PickKind } from '../api/types';
import { useT, type MessageKey } from '../i18n';

/** The chips' kinds, in the order they are shown (the server's `kind` values). */
export const PICK_KINDS: readonly PickKind[] = ['function', 'variable', 'boolean', 'constant', 'class'];

export function kindLabel(t: ReturnType<typeof useT>, kind: PickKind): string {
  return t(`chatx.kind.${kind}` as MessageKey);
}

/**
 * An optional, single-select toggle group under the composer: pressing a chip picks its
 * kind, pressing it again (or another) changes the pick. Plain buttons with aria-pressed,
 * so Tab reaches each and Enter/Space toggles it.
 */
export function KindChips({
  value,
  onChange,
  disabled,
}: {
  value: PickKind | null;
  onChange: (kind: PickKind | null) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <div class="kind-chips" role="group" aria-label={t('chatx.kinds')}>
      <span class="kind-chips-label" aria-hidden="true">
        {t('chatx.kinds')}
      </span>
      {PICK_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          class={`chip chip-button chip-kind${value === k ? ' is-selected' : ''}`}
          aria-pressed={value === k}
          disabled={disabled}
          onClick={() => onChange(value === k ? null : k)}
        >
          {kindLabel(t, k)}
        </button>
      ))}
    </div>
  );
}
