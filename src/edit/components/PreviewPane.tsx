import { useEffect, useRef, useState } from 'react';
import { useDebounced } from './useDebounced';
import { useElementWidth } from '../../hooks/useElementSize';
import { useEditor } from './context';
import { usePreview } from './usePreview';
import { placeOf, sayProblem } from '../problemWords';
import { words } from '../words';
import { previewMessage, samePreview, type PreviewMessage } from '../preview/message';
import { translationLanguages } from '../translations';
import { storyLanguage } from '../../data/localText';
import { languageName } from './TranslationsSection';
import { PARAMS } from '../../store/urlParams';
import { writeParam } from '../../store/urlParam';

const WIDTHS = { desk: { px: 1280, height: 800 }, phone: { px: 375, height: 740 } } as const;
type Width = keyof typeof WIDTHS;
/** Typing pauses this long before the preview redraws. */
const DEBOUNCE_MS = 300;

/**
 * The real timeline, in a frame of its own (edit/preview.html) so it gets a desk's or a phone's
 * width and its own page to lay out, drawing the draft as it is being written.
 */
export function PreviewPane() {
  const story = useDebounced(
    useEditor((s) => s.history.present.story),
    DEBOUNCE_MS,
  );
  const translations = useDebounced(
    useEditor((s) => s.history.present.translations),
    DEBOUNCE_MS,
  );
  const selected = useEditor((s) => s.selected);
  const own = storyLanguage(story);
  const langs = [own, ...translationLanguages(story, translations)];
  const [chosenLang, setLang] = useState(own);
  const lang = langs.includes(chosenLang) ? chosenLang : own;
  const [width, setWidth] = useState<Width>('desk');
  const [embed, setEmbed] = useState(false);
  const [ready, setReady] = useState(false);
  // Whether the frame has drawn a story yet: a later problem leaves that view up, said stale.
  const [drawn, setDrawn] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  // What the frame was last sent: the same drawing is not sent twice.
  const posted = useRef<PreviewMessage | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const boxPx = useElementWidth(box);
  const preview = usePreview(story, translations, lang);
  if (preview.ok && !drawn) setDrawn(true);
  const chosen = selected !== null ? story.events[selected]?.id : undefined;
  const shown =
    preview.ok && chosen && preview.story.events.some((e) => e.id === chosen) ? chosen : null;

  useEffect(() => {
    const onMessage = (e: MessageEvent<unknown>) => {
      if (
        e.origin === window.location.origin &&
        e.source === frame.current?.contentWindow &&
        e.data === 'preview-ready'
      )
        setReady(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    if (!ready || !preview.ok) return;
    const params = new URLSearchParams();
    writeParam(params, PARAMS.event, shown || null);
    writeParam(params, PARAMS.embed, embed);
    writeParam(params, PARAMS.lang, lang === own ? null : lang);
    const message = previewMessage(preview.story, `?${params}`, lang);
    if (posted.current && samePreview(posted.current, message)) return;
    posted.current = message;
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
    // `own` follows `preview`, which follows the story.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, preview, lang, shown, embed]);

  const { px, height } = WIDTHS[width];
  // No event written yet (events with problems are counted in the status instead).
  const empty = story.events.length === 0;
  const w = words.preview;
  const scale = boxPx > 0 ? Math.min(1, boxPx / px) : 1;
  return (
    <section id="ed-preview" className="ed-preview" aria-labelledby="ed-preview-heading">
      <div className="ed-preview-bar">
        <h2 id="ed-preview-heading">{w.heading}</h2>
        <fieldset className="ed-toggle">
          <legend className="ed-visually-hidden">{w.width}</legend>
          {(Object.keys(WIDTHS) as Width[]).map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="ed-preview-width"
                checked={width === w}
                onChange={() => setWidth(w)}
              />
              {words.preview.widths[w]}
            </label>
          ))}
        </fieldset>
        <label className="ed-check">
          <input type="checkbox" checked={embed} onChange={(e) => setEmbed(e.target.checked)} />
          {w.embed}
        </label>
        {langs.length > 1 && (
          <label className="ed-check">
            {w.language}{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value)}>
              {langs.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div role="status" className={preview.ok ? 'ed-help' : 'ed-preview-stale'}>
        {preview.ok ? (
          preview.hiddenEvents ? (
            w.hidden(preview.hiddenEvents)
          ) : (
            ''
          )
        ) : (
          <>
            <p>{drawn ? w.stale : w.waiting}</p>
            <ul>
              {preview.issues.slice(0, 3).map((i) => (
                <li key={`${i.path}\n${i.message}`}>
                  {placeOf(i.path, story)}: {sayProblem(i, story)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {empty && <p className="ed-preview-empty">{w.empty}</p>}
      <div ref={box} className="ed-preview-box" hidden={empty} style={{ height: height * scale }}>
        <iframe
          ref={frame}
          src="./preview.html"
          title={w.frame}
          width={px}
          height={height}
          style={{ transform: `scale(${scale})` }}
        />
      </div>
    </section>
  );
}
