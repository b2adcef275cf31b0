import { createContext, useContext } from 'react';

/**
 * The language the story's texts are shown in where it is not the reader's (an English story
 * under a Japanese interface), else undefined. Elements holding the story's words (titles,
 * summaries, attributions) carry it as `lang`, so a screen reader reads them in their language
 * and the interface's words around them in the reader's.
 */
export const StoryTextLang = createContext<string | undefined>(undefined);

/** The story's text language where it differs from the interface's. */
export const useStoryTextLang = (): string | undefined => useContext(StoryTextLang);
