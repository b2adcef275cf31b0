/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins that `?data=` may load stories from, besides our own. */
  readonly VITE_STORY_ORIGINS?: string;
}
