import { useEffect, useRef, useState } from 'preact/hooks';
import { renameRoom } from '../api/chat';
import type { Room } from '../api/types';
import { charLength, errorsFrom } from '../forms';
import { useT } from '../i18n';
import { MAX_TITLE_LEN } from '../limits';
import { showToast } from '../toast';

/**
 * The room's title with an inline rename: a button opens a labelled input; Enter saves
 * (PATCH /api/chat/{id}), Escape cancels, a refused title shows the server's message.
 */
export function RenameTitle({ room, name, onRenamed }: { room: Room; name: string; onRenamed: (room: Room) => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reopen = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (reopen.current) {
      reopen.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  function close() {
    reopen.current = true;
    setEditing(false);
    setError(null);
  }

  async function save() {
    const title = value.trim();
    if (!title) return setError(t('v.required'));
    if (charLength(title) > MAX_TITLE_LEN) return setError(t('v.tooLong', { max: MAX_TITLE_LEN }));
    if (title === room.title) return close();
    setBusy(true);
    setError(null);
    try {
      const renamed = await renameRoom(room.id, title);
      onRenamed(renamed);
      showToast(t('chatx.renamed'), 'info');
      close();
    } catch (err) {
      const e = errorsFrom(err);
      setError(e.fields.title ?? e.message);
    } finally {
      setBusy(false);
    }
  }

  if (!editing) {
    return (
      <div class="rename">
        <h1 id="page-title" class="room-title" tabIndex={-1}>
          {name}
        </h1>
        <button
          ref={buttonRef}
          type="button"
          class="icon-button rename-open"
          aria-label={t('chatx.renameLabel')}
          title={t('chatx.rename')}
          onClick={() => {
            setValue(room.title || name);
            setError(null);
            setEditing(true);
          }}
        >
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 13.5V16h2.5L15 7.5 12.5 5 4 13.5zM11.5 6l2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
          </svg>
        </button>
      </div>
    );
  }
  return (
    <form
      class="rename rename-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 id="page-title" class="sr-only" tabIndex={-1}>
        {name}
      </h1>
      <label for="rename-input" class="sr-only">
        {t('chatx.renameField')}
      </label>
      <input
        id="rename-input"
        ref={inputRef}
        class="input rename-input"
        value={value}
        maxLength={MAX_TITLE_LEN * 2}
        disabled={busy}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'rename-error' : 'rename-hint'}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="submit" class="btn btn-primary btn-small" disabled={busy}>
        {busy ? t('chatx.renameSaving') : t('chatx.renameSave')}
      </button>
      <button type="button" class="btn btn-ghost btn-small" disabled={busy} onClick={close}>
        {t('common.cancel')}
      </button>
      {error ? (
        <span id="rename-error" class="field-error rename-msg" role="alert">
          {error}
        </span>
      ) : (
        <span id="rename-hint" class="rename-msg rename-hint">
          {t('chatx.renameHint')}
        </span>
      )}
    </form>
  );
}
