import type { Story } from './schema';

/**
 * Makes the tab title and the share tags describe `story`, for a `?data=` story (index.html
 * describes the bundled one); `title` is the tab's title, in the reader's language. Takes the document as an argument, so it runs in tests.
 */
export function showStoryInDocument(doc: Document, story: Story, title: string): void {
  doc.title = title;
  const set = (selector: string, value: string) =>
    doc.querySelector(selector)?.setAttribute('content', value);
  set('meta[property="og:title"]', title);
  set('meta[name="description"]', story.dek);
  set('meta[property="og:description"]', story.dek);
  // The preview image and the oEmbed record picture the bundled story, not this one.
  for (const el of doc.querySelectorAll(
    'meta[property^="og:image"], link[type="application/json+oembed"]',
  ))
    el.remove();
  set('meta[name="twitter:card"]', 'summary');
}
