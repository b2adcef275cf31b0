import { Fragment, type ReactNode } from 'react';
import { useTimeline } from '../store';
import { sourcePhrase } from '../timeline/storyIndex';
import { isSelfSourced } from '../timeline/selfSourced';
import { t } from '../i18n/catalog';
import { FRAME_ONLY_PARAMS } from '../store/urlParams';
import { formatDay } from '../data/dateFormat';
import { parseDay } from '../data/dateParse';

// Mid-sentence in the list of sources: "…, a document of 24 June 2026; …".
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/**
 * Credit, sources and update line, as news graphics carry them; in an embed, one line of
 * credit and a link to the full page, where the sources are listed.
 */
export function StoryFooter() {
  const story = useTimeline((s) => s.index.story);
  const corrections = story.corrections?.length ?? 0;
  const embed = useTimeline((s) => s.embed);
  const full = (() => {
    // Prerendered at build time there is no page address; embeds never prerender.
    if (typeof window === 'undefined') return '';
    const u = new URL(window.location.href);
    // What only a frame needs (its layout, and the ids hosts add) stays out of the full page.
    for (const k of FRAME_ONLY_PARAMS) u.searchParams.delete(k);
    return u.toString();
  })();
  if (embed)
    return (
      <footer className="story-footer story-footer--embed">
        <p>
          {story.credit}{' '}
          <a href={full} target="_blank" rel="noopener">
            {t('footer.full')}
          </a>
        </p>
      </footer>
    );
  return (
    <footer className="story-footer">
      <p>
        {story.credit}
        {story.updated && (
          <> · {t('footer.updated', { date: formatDay(parseDay(story.updated)) })}</>
        )}
        {corrections > 0 && <> · {t('footer.corrections', { n: corrections })}</>}
      </p>
      {/* A story with no sources of its own: its credit line names the file. */}
      {!isSelfSourced(story) && (
        <p>
          {t('footer.sources')}{' '}
          {story.sources.map((s, i) => {
            const day = (d: string) => formatDay(parseDay(d));
            // The outlet and title are the document's words, in its language and direction: each
            // is isolated, and the separators are the reader's ("، " in Arabic).
            const parts: ReactNode[] = s.outlet
              ? [
                  <bdi key="o">{s.outlet}</bdi>,
                  s.title && <bdi key="t">“{s.title}”</bdi>,
                  s.date ? day(s.date) : t('footer.undated'),
                ]
              : [s.title && <bdi key="t">“{s.title}”</bdi>, lowerFirst(sourcePhrase(s, day))];
            return (
              <span key={s.id}>
                {i > 0 && t('footer.sourceSep')}
                {parts
                  .filter((p) => p)
                  .map((p, j) => (
                    <Fragment key={j}>
                      {j > 0 && t('footer.partSep')}
                      {p}
                    </Fragment>
                  ))}
              </span>
            );
          })}
          {t('footer.end')}
        </p>
      )}
      {story.corrections && corrections > 0 && (
        <ul className="corrections">
          {story.corrections.map((c) => (
            <li key={c.date + c.text}>
              {t('footer.correction', { date: formatDay(parseDay(c.date)), text: c.text })}
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
