/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins that `?data=` may load stories from, besides our own. */
  readonly VITE_STORY_ORIGINS?: string;
  /** Sites event images may come from besides the story's own (comma-separated origins). */
  readonly VITE_MEDIA_ORIGINS?: string;
}
