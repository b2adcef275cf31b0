// An event's picture or link: part of the story schema (schema.ts, which re-exports it); the
// checks on its addresses are in mediaChecks.ts.
import './zodConfig';
import { z } from 'zod';
import { Text } from './schemaFields';

/**
 * A picture or a link shown in an event's details. An image `src` is a path on the story's own
 * site (`media/letter.jpg`), or an https address on a site the build lists
 * (`VITE_MEDIA_ORIGINS`); `width` and `height` (its pixels) let the page keep its place before
 * it loads. A `link` is other media: a video (YouTube, Vimeo), audio (SoundCloud), a map (Google
 * Maps, OpenStreetMap), an image or a document, recognised from its address
 * (`recognizeMedia.ts`): its card loads the player or image in place after a click where the build
 * lists the player's site, and otherwise links to it. `thumbnail` (a TimelineJS sheet's Media
 * Thumbnail) is a small picture of it, shown on the card when it is on the story's own site.
 */
export const MediaSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('image'),
    src: z.string().trim().min(1, 'must not be empty').max(2000),
    /** What the image shows, for readers who cannot see it. */
    alt: Text(300),
    caption: Text(400),
    credit: Text(200),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
  }),
  z.strictObject({
    type: z.literal('link'),
    url: z.string().max(2000),
    caption: Text(400),
    credit: Text(200).optional(),
    thumbnail: z.string().trim().min(1, 'must not be empty').max(2000).optional(),
  }),
]);
export type Media = z.infer<typeof MediaSchema>;
