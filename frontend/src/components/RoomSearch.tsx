import type { Room } from '../api/types';
import { useT } from '../i18n';

/** At most this many rooms are loaded to search (4 pages of 50); beyond, the UI says so. */
export const SEARCH_BOUND = 200;

function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase();
}

/** Whether every word of the query appears in the room's title (or its shown name) or language. */
export function matchRoom(room: Pick<Room, 'title' | 'language' | 'convention'>, query: string, shownName: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold(`${room.title ?? ''}\n${shownName}\n${room.language ?? ''}`);
  return words.every((w) => hay.includes(w));
}

/** The room list's labelled search box and what the search found. */
export function RoomSearchBox({
  value,
  onInput,
  found,
  loading,
  bounded,
}: {
  value: string;
  onInput: (v: string) => void;
  found: number;
  loading: boolean;
  bounded: number | null;
}) {
  const t = useT();
  const q = value.trim();
  return (
    <div class="room-search" role="search">
      <label for="room-search" class="room-search-label">
        {t('chatx.search')}
      </label>
      <input
        id="room-search"
        type="search"
        class="input"
        value={value}
        placeholder={t('chatx.searchPlaceholder')}
        autoComplete="off"
        aria-describedby="room-search-status"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id="room-search-status" class="room-search-status" role="status">
        {!q
          ? ''
          : loading
            ? t('chatx.searchLoading')
            : [found ? t('chatx.searchCount', { n: found }) : t('chatx.searchNone', { q }), bounded ? t('chatx.searchBounded', { n: bounded }) : '']
                .filter(Boolean)
                .join(' ')}
      </p>
    </div>
  );
}
