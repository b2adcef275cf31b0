// A story file is someone else's text: printed raw, its ESC and OSC sequences would drive the
// reader's terminal (recolour it, retitle the window, write fake links or hide lines).

/** C0 controls, DEL, C1 controls (U+009B is a one-character CSI), and bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, less what JSON.stringify already escapes (C0). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text, safe to print: every control character shown as `\u001b`. */
export const escapeForTerminal = (text: string): string => text.replace(UNSAFE, hex);

/** JSON text, safe to print and still the same JSON (the escapes are JSON's own). */
export const escapeJsonForTerminal = (json: string): string => json.replace(UNSAFE_IN_JSON, hex);
