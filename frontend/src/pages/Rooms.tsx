import { useEffect, useState } from 'preact/hooks';
import { createRoom, deleteRoom, listRooms } from '../api/chat';
import type { Room } from '../api/types';
import { useSession } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { LanguageFields } from '../components/LanguageFields';
import { QuotaBadge } from '../components/QuotaBadge';
import { matchRoom, RoomSearchBox, SEARCH_BOUND } from '../components/RoomSearch';
import { Alert, EmptyState, ErrorState, Loading } from '../components/States';
import { charLength, errorsFrom, isBlank, noErrors, useForm } from '../forms';
import { formatRelative, useT } from '../i18n';
import { MAX_CONVENTION_LEN, MAX_LANGUAGE_LEN, MAX_TITLE_LEN } from '../limits';
import { Link, navigate } from '../router';
import { useTitle } from '../title';
import { showToast } from '../toast';

/** Languages with their usual convention, offered as suggestions; free text is allowed. */
export const LANGUAGE_PRESETS: ReadonlyArray<readonly [string, string]> = [
  ['Python', 'PEP 8'],
  ['JavaScript', 'Airbnb'],
  ['TypeScript', 'Google TypeScript Style'],
  ['Java', 'Google Java Style'],
  ['Kotlin', 'Kotlin coding conventions'],
  ['Go', 'Effective Go'],
  ['C', ''],
  ['C++', 'Google C++ Style'],
  ['C#', '.NET'],
  ['Rust', 'Rust API Guidelines'],
  ['Swift', 'Swift API Design Guidelines'],
  ['Ruby', ''],
  ['PHP', 'PSR-12'],
];

export const PLAIN_CASES = ['snake_case', 'camelCase', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'kebab-case'];

const QUICK_PICKS = LANGUAGE_PRESETS.filter(([l]) => ['Python', 'TypeScript', 'Java', 'Go', 'Kotlin', 'Rust'].includes(l));

/** How a room is named in lists: its title, or "Language · Convention". */
export function roomName(room: Pick<Room, 'title' | 'language' | 'convention'>): string {
  if (room.title?.trim()) return room.title;
  return room.convention?.trim() ? `${room.language} · ${room.convention}` : room.language;
}

export function conventionOptions(language: string): string[] {
  const lang = language.trim().toLowerCase();
  const own = LANGUAGE_PRESETS.filter(([l, c]) => c && l.toLowerCase() === lang).map(([, c]) => c);
  const rest = LANGUAGE_PRESETS.filter(([l, c]) => c && l.toLowerCase() !== lang).map(([, c]) => c);
  return [...new Set([...own, ...PLAIN_CASES, ...rest])];
}

function CreateRoomForm() {
  const t = useT();
  const f = useForm({ language: '', convention: '', title: '' });

  async function submit(e: Event) {
    e.preventDefault();
    const language = f.values.language.trim();
    const convention = f.values.convention.trim();
    const title = f.values.title.trim();
    const fields: Record<string, string> = {};
    if (isBlank(language)) fields.language = t('v.required');
    else if (charLength(language) > MAX_LANGUAGE_LEN) fields.language = t('v.tooLong', { max: MAX_LANGUAGE_LEN });
    if (charLength(convention) > MAX_CONVENTION_LEN) fields.convention = t('v.tooLong', { max: MAX_CONVENTION_LEN });
    if (charLength(title) > MAX_TITLE_LEN) fields.title = t('v.tooLong', { max: MAX_TITLE_LEN });
    if (Object.keys(fields).length) {
      f.setErrors({ message: null, fields });
      return;
    }
    f.setBusy(true);
    f.setErrors(noErrors);
    try {
      const room = await createRoom({ language, convention, title });
      navigate(`/chat/${encodeURIComponent(room.id)}`);
    } catch (err) {
      f.setErrors(errorsFrom(err));
      f.setBusy(false);
    }
  }

  return (
    <section class="card section create-room" aria-labelledby="new-room-title">
      <h2 id="new-room-title" class="section-title">
        {t('rooms.new')}
      </h2>
      <div class="presets" role="group" aria-label={t('rooms.presets')}>
        {QUICK_PICKS.map(([l, c]) => (
          <button
            key={l}
            type="button"
            class={`chip chip-button${f.values.language === l && f.values.convention === c ? ' is-selected' : ''}`}
            aria-pressed={f.values.language === l && f.values.convention === c}
            title={c ? `${l} · ${c}` : l}
            onClick={() => f.setValues((v) => ({ ...v, language: l, convention: c }))}
          >
            {l}
          </button>
        ))}
      </div>
      {f.errors.message && <Alert tone="error">{f.errors.message}</Alert>}
      <form class="form" onSubmit={submit} noValidate>
        <LanguageFields idPrefix="room" language={f.field('language')} convention={f.field('convention')} />
        <Field
          id="room-title"
          label={t('field.title')}
          name="title"
          autoComplete="off"
          maxLength={MAX_TITLE_LEN}
          optional
          hint={t('hint.title')}
          {...f.field('title')}
        />
        <button type="submit" class="btn btn-primary btn-block" disabled={f.busy}>
          {f.busy ? t('rooms.creating') : t('rooms.create')}
        </button>
      </form>
    </section>
  );
}

function ChatIcon() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <rect x="6" y="9" width="30" height="22" rx="7" fill="none" stroke="currentColor" stroke-width="2.4" />
      <path d="M14 31l-4 7 9-7" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linejoin="round" />
      <path d="M16 17l-3 3 3 3M26 17l3 3-3 3" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
      <circle cx="38" cy="34" r="6" fill="currentColor" opacity=".18" />
    </svg>
  );
}

export function RoomsPage() {
  const t = useT();
  useTitle(t('rooms.title'));
  const session = useSession();
  const quota = session.status === 'signed_in' ? session.profile?.quota : null;

  const [rooms, setRooms] = useState<Room[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [toDelete, setToDelete] = useState<Room | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function load() {
    setError(null);
    setRooms(null);
    try {
      const page = await listRooms();
      setRooms(page.items ?? []);
      setCursor(page.next_cursor ?? null);
    } catch (err) {
      setError(errorsFrom(err).message);
    }
  }

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listRooms(cursor);
      setRooms((r) => {
        const seen = new Set((r ?? []).map((x) => x.id));
        return [...(r ?? []), ...(page.items ?? []).filter((x) => !seen.has(x.id))];
      });
      setCursor(page.next_cursor ?? null);
    } catch (err) {
      setMoreError(errorsFrom(err).message);
    } finally {
      setLoadingMore(false);
    }
  }

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteRoom(toDelete.id);
      const id = toDelete.id;
      setRooms((r) => (r ?? []).filter((x) => x.id !== id));
      setToDelete(null);
      showToast(t('rooms.deleted'), 'info');
    } catch (err) {
      setDeleteError(errorsFrom(err).message);
    } finally {
      setDeleting(false);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  // Search is client-side over the loaded rooms; a search with more pages left loads
  // them (50 a page) up to SEARCH_BOUND rooms first, and says when it stopped there.
  const [search, setSearch] = useState('');
  const [searchLoading, setSearchLoading] = useState(false);
  const searching = search.trim() !== '';
  useEffect(() => {
    // A failed page stops the loading until the person retries (loadMore clears the
    // error): without this the effect would re-request the same page at once, forever.
    if (!searching || !cursor || !rooms || rooms.length >= SEARCH_BOUND || searchLoading || moreError) return;
    setSearchLoading(true);
    listRooms(cursor, 50)
      .then((page) => {
        setRooms((r) => {
          const seen = new Set((r ?? []).map((x) => x.id));
          return [...(r ?? []), ...(page.items ?? []).filter((x) => !seen.has(x.id))];
        });
        setCursor(page.next_cursor ?? null);
      })
      .catch((err: unknown) => setMoreError(errorsFrom(err).message))
      .finally(() => setSearchLoading(false));
  }, [searching, cursor, rooms, searchLoading, moreError]);
  const shown = rooms && searching ? rooms.filter((r) => matchRoom(r, search, roomName(r))) : rooms;
  const loadingAll = searching && !!cursor && !!rooms && rooms.length < SEARCH_BOUND && !moreError;

  const hasRooms = !!rooms && rooms.length > 0;
  const list = (
    <section class="rooms-list-section" aria-labelledby="rooms-list-title">
      <h2 id="rooms-list-title" class="section-title">
        {t('rooms.listLabel')}
        {rooms && rooms.length > 0 && <span class="count">{rooms.length}</span>}
      </h2>
      {!rooms && !error && <Loading />}
      {error && <ErrorState message={error} onRetry={load} />}
      {rooms && rooms.length === 0 && (
        <div class="card">
          <EmptyState title={t('rooms.emptyTitle')} icon={<ChatIcon />}>
            <p class="state-body only-wide">{t('rooms.emptyBody')}</p>
            <p class="state-body only-narrow">{t('rooms.emptyBodyMobile')}</p>
          </EmptyState>
        </div>
      )}
      {rooms && rooms.length > 0 && (
        <RoomSearchBox
          value={search}
          onInput={setSearch}
          found={shown?.length ?? 0}
          loading={loadingAll}
          bounded={searching && !loadingAll && cursor ? rooms.length : null}
        />
      )}
      {shown && shown.length > 0 && (
        <ul class="room-list">
          {shown.map((room) => (
            <li key={room.id} class="room-item card">
              <Link href={`/chat/${encodeURIComponent(room.id)}`} class="room-link">
                <span class="room-name">{roomName(room)}</span>
                <span class="room-meta">
                  <span class="chip chip-lang">{room.language}</span>
                  {room.convention ? (
                    <span class="chip">{room.convention}</span>
                  ) : (
                    <span class="chip chip-muted">{t('rooms.noConvention')}</span>
                  )}
                  <span class="room-time">{t('rooms.updated', { when: formatRelative(room.updated_at) })}</span>
                </span>
              </Link>
              <button
                type="button"
                class="icon-button room-delete"
                aria-label={t('rooms.deleteLabel', { name: roomName(room) })}
                title={t('common.delete')}
                onClick={() => {
                  setDeleteError(null);
                  setToDelete(room);
                }}
              >
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                  <path
                    d="M4 6h12M8 6V4.5A1.5 1.5 0 0 1 9.5 3h1A1.5 1.5 0 0 1 12 4.5V6M6 6l.7 9.2A2 2 0 0 0 8.7 17h2.6a2 2 0 0 0 2-1.8L14 6"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="1.6"
                    stroke-linecap="round"
                    stroke-linejoin="round"
                  />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      {moreError && <ErrorState message={moreError} onRetry={loadMore} />}
      {cursor && rooms && !searching && (
        <div class="center">
          <button type="button" class="btn btn-secondary" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('common.loading') : t('common.loadMore')}
          </button>
        </div>
      )}
    </section>
  );

  return (
    <div class="container page">
      <header class="page-head page-head-row">
        <div>
          <h1 id="page-title" class="page-title" tabIndex={-1}>
            {t('rooms.title')}
          </h1>
          <p class="page-lead">{t('rooms.lead')}</p>
        </div>
        <QuotaBadge quota={quota} />
      </header>
      <div class="rooms-layout">
        {/* Someone with rooms gets them first (in reading order too); newcomers get the form first. */}
        {hasRooms ? (
          <>
            {list}
            <CreateRoomForm />
          </>
        ) : (
          <>
            <CreateRoomForm />
            {list}
          </>
        )}
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('rooms.deleteTitle')}
        body={toDelete ? t('rooms.deleteBody', { name: roomName(toDelete) }) : ''}
        confirmLabel={t('common.delete')}
        busy={deleting}
        error={deleteError}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </div>
  );
}
