import raw from '../../data/story.json';
import type { Story } from './schema';

/**
 * The bundled story. It is validated when the app is built (see vite.config.ts) and by the
 * tests, so the first view does not ship or run the validator; stories loaded with `?data=`
 * are validated in the browser.
 */
export const bundledStory = raw as Story;
