/**
 * The limits the server enforces on what people type and upload, the app's one copy of
 * them (the forms check them before sending, so a mistake is shown at once). Each name is
 * the Go constant's in pkg/namebot written in upper snake case (MaxEmailLen is
 * MAX_EMAIL_LEN); pkg/namebot/limits_test.go fails when a value here differs from it.
 * Lengths are in characters (code points), as the server counts them.
 *
 * Keep every line `export const NAME = <integer or product of integers>;` or, for a
 * list, `export const NAME: readonly string[] = ['…', …];`: the Go test reads this
 * file with a regular expression and refuses a line it does not understand.
 */

// Accounts (pkg/namebot/user.go).
export const MAX_EMAIL_LEN = 254;
export const MIN_PASSWORD_LEN = 8;
export const MAX_PASSWORD_LEN = 64;
export const MIN_NICKNAME_LEN = 2;
export const MAX_NICKNAME_LEN = 20;

// Chat rooms and questions (pkg/namebot/chat.go).
export const MAX_LANGUAGE_LEN = 40;
export const MAX_CONVENTION_LEN = 100;
export const MAX_TITLE_LEN = 100;
/** A question to the bot. */
export const MAX_CONTENT_LEN = 1000;

// The board (pkg/namebot/post.go).
export const MAX_POST_TITLE_LEN = 100;
export const MAX_POST_CONTENT_LEN = 5000;
/** Bytes. */
export const MAX_IMAGE_SIZE = 5 * 1024 * 1024;
/** The content types a head image may have (the keys of namebot.ImageTypes). */
export const IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
