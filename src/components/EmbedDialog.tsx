import { useEffect, useRef, useState } from 'react';
import { DialogClose } from './DialogClose';
import { useModalDialog } from '../hooks/useModalDialog';
import { useTimeline, useTimelineStore } from '../store';
import { selectDomain } from '../store/selectors';
import { PARAMS } from '../store/urlParams';
import { defaultTheme, type Theme } from '../store/slices/ui';
import { isZoomed } from '../timeline/zoom';
import { isPictureSet, pictureAlt, type PictureSet } from '../embed/picture';
import { appBase, embedCodes, embedUrl } from '../embed/embedCodes';
import { DEFAULT_EMBED_PARTS, MIN_FIXED_HEIGHT_PX, PARTS, type Part } from '../store/embedOptions';
import { isStartHeights, tallestPx, type StartHeights } from '../embed/startHeights';
import { CopyField } from './CopyField';
import { AUTO_START_PX, EmbedPreview } from './EmbedPreview';
import './EmbedDialog.css';
import { activeLang, t } from '../i18n/catalog';
import { LANG_NAMES, LANGS } from '../i18n/languages';
import { accentContrastProblem, isFont, parseHexColour, type Font } from '../store/embedLook';
import { q, writeParam } from '../store/urlParam';
import '../i18n/englishLater';

/** Ready-to-paste embed code for the current view, its options, and a live preview. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const title = index.story.title;
  const [parts, setParts] = useState<readonly Part[]>(DEFAULT_EMBED_PARTS);
  const [fixed, setFixed] = useState(false);
  const [heightPx, setHeightPx] = useState(560);
  const [theme, setTheme] = useState<Theme>(defaultTheme(true));
  const [plain, setPlain] = useState(false);
  const [transparent, setTransparent] = useState(false);
  const [lang, setLang] = useState<string>(activeLang());
  const [font, setFont] = useState<Font | null>(null);
  const [accentRaw, setAccentRaw] = useState('');
  useModalDialog(ref, true);
  const s = store.getState();
  const zoomed = isZoomed(s.view);
  const fixedHeightPx = fixed ? Math.max(MIN_FIXED_HEIGHT_PX, heightPx || 0) : null;
  // The frame speaks the language chosen here (at first the reader's), not always the story's.
  const own = new URLSearchParams(window.location.search);
  writeParam(own, PARAMS.lang, lang === (s.index.story.language ?? 'en') ? null : lang);
  const accent = checkAccent(accentRaw, theme);
  const url = embedUrl(
    `?${own.toString()}`,
    { ...s, theme, transparent },
    zoomed ? selectDomain(s) : null,
    { parts, fixedHeightPx, plain, accent: accent.hex, font },
  );
  const [heights, setHeights] = useState<StartHeights | null>(null);
  const [pictures, setPictures] = useState<PictureSet | null>(null);
  // What the build measured and drew (scripts/embed-heights.mjs, scripts/embed-images.tsx).
  useEffect(() => {
    let live = true;
    const built = (file: string) =>
      fetch(`${appBase()}${file}`)
        .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
        .catch(() => null);
    void built('embed-heights.json').then((table) => {
      if (live && isStartHeights(table)) setHeights(table);
    });
    // The pictures are of the bundled story: offered only while that is the story shown.
    void built('embed-images.json').then((set) => {
      if (live && isPictureSet(set) && set.alt === pictureAlt(index)) setPictures(set);
    });
    return () => {
      live = false;
    };
  }, [index]);
  // A plain iframe keeps the height it is given: the tallest this view measured at build time
  // in any column from 320 to 1,280 px, so it never scrolls inside itself.
  const startPx =
    fixedHeightPx ?? (heights && tallestPx(heights, new URL(url).searchParams)) ?? AUTO_START_PX;
  const { iframe, script, amp, image } = embedCodes({
    url,
    title,
    base: appBase(),
    pictures,
    startPx,
    fixedHeightPx,
    expandLabel: t('embed.ampExpand'),
  });
  const togglePart = (p: Part) =>
    setParts((list) => PARTS.filter((q) => (q === p ? !list.includes(p) : list.includes(q))));
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="embed-title"
      onClose={onClose}
    >
      <h2 id="embed-title">{t('embed.title')}</h2>
      <p className="muted">{t('embed.intro')}</p>
      <div className="embed-options">
        <fieldset>
          <legend>{t('embed.show')}</legend>
          {PARTS.map((p) => (
            <label key={p}>
              <input type="checkbox" checked={parts.includes(p)} onChange={() => togglePart(p)} />
              {t(`embed.part.${p}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('embed.height')}</legend>
          <label>
            <input
              type="radio"
              name="embed-height"
              checked={!fixed}
              onChange={() => setFixed(false)}
            />
            {t('embed.fits')}
          </label>
          <label>
            <input
              type="radio"
              name="embed-height"
              checked={fixed}
              onChange={() => setFixed(true)}
            />
            {t('embed.fixed')}
          </label>
          <label>
            <input
              type="number"
              min={MIN_FIXED_HEIGHT_PX}
              step={10}
              value={heightPx}
              disabled={!fixed}
              aria-label={t('embed.fixedPx')}
              onChange={(e) => setHeightPx(Number(e.target.value))}
            />{' '}
            px
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('embed.look')}</legend>
          <label>
            {t('embed.theme')}{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
              <option value="light">{t('embed.light')}</option>
              <option value="dark">{t('embed.dark')}</option>
              <option value="auto">{t('embed.auto')}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
            {t('embed.plain')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={transparent}
              aria-describedby={transparent ? 'embed-transparent-note' : undefined}
              onChange={(e) => setTransparent(e.target.checked)}
            />
            {t('embed.transparent')}
          </label>
          {transparent && (
            <p id="embed-transparent-note" className="muted">
              {t('embed.transparentNote')}
            </p>
          )}
          <label>
            {t('embed.language')}{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('embed.font')}{' '}
            <select
              value={font ?? ''}
              onChange={(e) => setFont(isFont(e.target.value) ? e.target.value : null)}
            >
              <option value="">{t('embed.fontDefault')}</option>
              <option value="serif">{t('embed.fontSerif')}</option>
              <option value="sans">{t('embed.fontSans')}</option>
              <option value="system">{t('embed.fontSystem')}</option>
            </select>
          </label>
          <label>
            {t('embed.accent')}{' '}
            <input
              type="text"
              value={accentRaw}
              size={8}
              spellCheck={false}
              aria-invalid={accent.problem ? true : undefined}
              aria-describedby={accent.problem ? 'embed-accent-problem' : undefined}
              onChange={(e) => setAccentRaw(e.target.value)}
            />
          </label>
          {accent.problem && (
            <p id="embed-accent-problem" className="embed-problem" role="alert">
              {accent.problem}
            </p>
          )}
        </fieldset>
      </div>
      <CopyField label={t('embed.script')} copyLabel={t('embed.copyScript')} code={script} />
      <CopyField label={t('embed.iframe')} copyLabel={t('embed.copyIframe')} code={iframe} />
      <CopyField label={t('embed.amp')} copyLabel={t('embed.copyAmp')} code={amp} />
      {image && (
        <CopyField
          label={t('embed.image')}
          copyLabel={t('embed.copyImage')}
          code={image}
          note={t('embed.imageNote')}
        />
      )}
      <EmbedPreview url={url} title={title} fixedHeightPx={fixedHeightPx} />
      <p className="muted">
        {t('embed.editorBefore')} <a href="./edit/">{t('embed.editorLink')}</a>
        {t('embed.editorAfter')}
      </p>
      <DialogClose onClose={onClose} />
    </dialog>
  );
}

/**
 * The accent as the URL will check it (urlParams.ts, urlState.ts): refused, with the notice's
 * own words, when it is not a hex colour or is below AA for text on the theme's background.
 */
function checkAccent(raw: string, theme: Theme): { hex: string | null; problem: string | null } {
  if (!raw.trim()) return { hex: null, problem: null };
  const hex = parseHexColour(raw);
  if (!hex) return { hex: null, problem: t('url.accent', { name: q(raw, 20) }) };
  const problem = accentContrastProblem(hex, theme);
  return { hex: problem ? null : hex, problem };
}
