/** The namebot mark: a name between braces. Drawn as paths so no font is needed. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg class="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill="currentColor" />
      <path
        d="M12.5 8.5c-2.2 0-3.2 1-3.2 3v1.9c0 1.3-.7 2.2-2.1 2.6 1.4.4 2.1 1.3 2.1 2.6v1.9c0 2 1 3 3.2 3"
        fill="none"
        stroke="#fff"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
      <path
        d="M19.5 8.5c2.2 0 3.2 1 3.2 3v1.9c0 1.3.7 2.2 2.1 2.6-1.4.4-2.1 1.3-2.1 2.6v1.9c0 2-1 3-3.2 3"
        fill="none"
        stroke="#fff"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
      <circle cx="16" cy="16" r="2" fill="#fff" />
    </svg>
  );
}

export function Wordmark() {
  return (
    <span class="wordmark">
      <LogoMark />
      <span class="wordmark-text">
        name<span class="wordmark-accent">bot</span>
      </span>
    </span>
  );
}
