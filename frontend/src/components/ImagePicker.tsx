import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_IMAGE_MB } from '../api/board';
import { useT } from '../i18n';
import { IMAGE_TYPES } from '../limits';
import { DefaultPicture } from './PostBits';
import { Spinner } from './States';

/** The head image as the form holds it. */
export type Picked =
  | { kind: 'none' }
  | { kind: 'current'; url: string }
  | { kind: 'uploading'; preview: string; progress: number }
  | { kind: 'uploaded'; preview: string; key: string }
  | { kind: 'failed'; preview: string };

/** Keeps the object URLs of previews and revokes each once it is no longer shown. */
export function usePreviews() {
  const urls = useRef(new Set<string>());
  useEffect(
    () => () => {
      for (const u of urls.current) URL.revokeObjectURL(u);
      urls.current.clear();
    },
    [],
  );
  return {
    make(file: Blob): string {
      const u = URL.createObjectURL(file);
      urls.current.add(u);
      return u;
    },
    drop(u: string | undefined): void {
      if (u && urls.current.delete(u)) URL.revokeObjectURL(u);
    },
  };
}

/** The post form's head image: the preview, the upload's progress, and pick, replace, remove and undo. */
export function ImagePicker({
  picked,
  original,
  error,
  disabled,
  onPick,
  onRemove,
  onUndo,
}: {
  picked: Picked;
  original: string | null;
  error: string | undefined;
  disabled: boolean;
  onPick: (file: File) => void;
  onRemove: () => void;
  onUndo: () => void;
}) {
  const t = useT();
  const [broken, setBroken] = useState<string | null>(null);
  const src = picked.kind === 'none' ? null : picked.kind === 'current' ? picked.url : picked.preview;
  const status =
    picked.kind === 'uploading'
      ? t('board.imageUploading')
      : picked.kind === 'uploaded'
        ? t('board.imageUploaded')
        : picked.kind === 'current'
          ? t('board.imageCurrent')
          : picked.kind === 'none' && original
            ? t('board.imageRemoved')
            : picked.kind === 'none'
              ? t('board.imageNone')
              : '';
  const describedBy = ['post-image-hint', 'post-image-status', error ? 'post-image-error' : ''].filter(Boolean).join(' ');
  return (
    <div class={`field image-field${error ? ' field-invalid' : ''}`}>
      <span class="field-label" id="post-image-label">
        {t('board.field.image')}
        <span class="field-optional"> ({t('common.optional')})</span>
      </span>
      <div class="image-box">
        <div class="image-preview">
          {src && broken !== src ? (
            <img src={src} alt={t('board.image')} onError={() => setBroken(src)} />
          ) : (
            <div class="thumb thumb-empty cat-question">
              <DefaultPicture />
            </div>
          )}
          {picked.kind === 'uploading' && (
            <div class="image-progress">
              <progress max={100} value={Math.round(picked.progress * 100)} aria-label={t('board.imageUploading')} />
            </div>
          )}
        </div>
        <div class="image-side">
          <p id="post-image-status" class="image-status" role="status" aria-live="polite">
            {picked.kind === 'uploading' && <Spinner />}
            <span>{status}</span>
            {/* The percentage changes too often to be announced; the progress bar carries it. */}
            {picked.kind === 'uploading' && (
              <span class="image-percent" aria-hidden="true">
                {Math.round(picked.progress * 100)}%
              </span>
            )}
          </p>
          <div class="image-actions">
            <input
              id="post-image"
              class="file-input"
              type="file"
              accept={IMAGE_TYPES.join(',')}
              aria-labelledby="post-image-label post-image-pick"
              aria-describedby={describedBy}
              aria-invalid={error ? 'true' : undefined}
              disabled={disabled}
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                // Picking the same file again must fire change again.
                input.value = '';
                if (file) onPick(file);
              }}
            />
            <label id="post-image-pick" for="post-image" class={`btn btn-secondary btn-small file-button${disabled ? ' is-disabled' : ''}`}>
              {picked.kind === 'none' ? t('board.imagePick') : t('board.imageReplace')}
            </label>
            {picked.kind !== 'none' && (
              <button type="button" class="btn btn-ghost btn-small" onClick={onRemove} disabled={disabled}>
                {t('board.imageRemove')}
              </button>
            )}
            {picked.kind === 'none' && original && (
              <button type="button" class="btn btn-ghost btn-small" onClick={onUndo} disabled={disabled}>
                {t('board.imageUndo')}
              </button>
            )}
          </div>
          <p id="post-image-hint" class="field-hint">
            {t('board.imageHint', { mb: MAX_IMAGE_MB })}
          </p>
          {error && (
            <p id="post-image-error" class="field-error">
              {error}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
