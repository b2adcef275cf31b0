import { Fragment, useEffect, useRef, useState, type CSSProperties } from 'react';
import { isListedOrigin, isShownImage } from '../data/mediaOrigins';
import { recognizeMedia, type RecognizedMedia } from '../data/recognizeMedia';
import { mediaWords } from '../i18n/mediaWords';
import './EventMedia.css';
import { type Media } from '../data/mediaSchema';

const ORIGINS = (import.meta.env.VITE_MEDIA_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

/** Without its size, an image keeps a 3:2 box, so the details do not jump when it arrives. */
const FALLBACK = { width: 3, height: 2 };

/** Whether `src` resolves to the page's own site (the one site the page loads media from unasked). */
function isOwnSite(src: string, page: string): boolean {
  return isShownImage(src, page, []);
}

/** The address against the page, or null when it does not parse. */
function absolute(src: string, page: string): string | null {
  try {
    return new URL(src, page).href;
  } catch {
    return null;
  }
}

// The card's own styles, inline: the page has one stylesheet, in the first view (vite.config.ts,
// cssCodeSplit), and these belong to the lazy details chunk alone.
/** The player's box: its shape kept from before the click, so nothing under it moves. */
const BOX: CSSProperties = {
  position: 'relative',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: '100%',
  background: 'var(--panel)',
  border: '1px solid var(--hair)',
  boxSizing: 'border-box',
};
/** A SoundCloud player's height (its widget's classic size). */
const AUDIO_PX = 166;
const FILL: CSSProperties = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  border: 0,
  objectFit: 'contain',
};
const KIND: CSSProperties = {
  display: 'block',
  fontSize: '0.78rem',
  fontWeight: 600,
  color: 'var(--muted)',
};
const LOAD: CSSProperties = {
  position: 'relative',
  maxWidth: 'calc(100% - 24px)',
  minHeight: 44,
  padding: '8px 14px',
  overflowWrap: 'anywhere',
};

/** `www.youtube-nocookie.com` → `youtube-nocookie.com`: the site as a reader would name it. */
const siteOf = (address: string) => new URL(address).host.replace(/^www\./, '');

interface CardProps {
  found: RecognizedMedia;
  caption: string;
  credit: string | undefined;
  /** What an image shows; a link's image has only its caption. */
  alt: string;
  size: { width: number; height: number };
  /** A picture of the medium on the story's own site, shown in the player's place until loaded. */
  thumbnail: string | null;
  origins: readonly string[];
}

/**
 * A medium from another site: its kind and service, caption, credit and a link to it; where the
 * build lists the site its player or picture comes from, a box of the player's shape with a
 * button that loads it there. Nothing is requested from that site before the click.
 */
function MediaCard({ found, caption, credit, alt, size, thumbnail, origins }: CardProps) {
  const w = mediaWords();
  const [loaded, setLoaded] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  // The button is gone: focus goes to what replaced it, so a keyboard reader is where they were.
  useEffect(() => {
    if (loaded) (frameRef.current ?? imageRef.current)?.focus();
  }, [loaded]);
  const kind = found.kind;
  const player = kind !== 'link' && !!found.player && isListedOrigin(found.player, origins);
  const label = `${w.kind[kind]} · ${found.service}`;
  const box: CSSProperties =
    kind === 'image'
      ? { ...BOX, aspectRatio: `${size.width} / ${size.height}` }
      : kind === 'audio'
        ? { ...BOX, height: AUDIO_PX }
        : { ...BOX, aspectRatio: '16 / 9' };
  return (
    <figure className="details-media">
      {player && (
        <div style={box}>
          {!loaded ? (
            <>
              {thumbnail && <img src={thumbnail} alt="" style={{ ...FILL, opacity: 0.5 }} />}
              <button type="button" style={LOAD} onClick={() => setLoaded(true)}>
                {w.load[kind].split('{site}').map((part, i) => (
                  // The site's name whole on one line: "youtube-nocookie.com", not broken at its hyphen.
                  <Fragment key={i}>
                    {i > 0 && (
                      <span style={{ whiteSpace: 'nowrap' }}>{siteOf(found.player ?? '')}</span>
                    )}
                    {part}
                  </Fragment>
                ))}
              </button>
            </>
          ) : kind === 'image' ? (
            <img
              ref={imageRef}
              src={found.player ?? ''}
              alt={alt}
              width={size.width}
              height={size.height}
              tabIndex={-1}
              style={FILL}
            />
          ) : (
            <iframe
              ref={frameRef}
              src={found.player ?? ''}
              title={`${label}: ${caption}`}
              // Scripts and their own storage, which the players need to play; presentation
              // (fullscreen, casting) for video alone; no pop-ups, forms or top navigation.
              sandbox={
                kind === 'video'
                  ? 'allow-scripts allow-same-origin allow-presentation'
                  : 'allow-scripts allow-same-origin'
              }
              allow={kind === 'video' ? 'fullscreen; picture-in-picture' : undefined}
              allowFullScreen={kind === 'video'}
              style={FILL}
            />
          )}
        </div>
      )}
      <figcaption>
        <span style={KIND}>{label}</span>{' '}
        <a href={found.link} rel="noopener noreferrer" target="_blank">
          {caption}
          <span className="visually-hidden"> ({w.newTab})</span>
        </a>
        {credit && (
          <>
            {' '}
            <span className="details-media-credit">{credit}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * An event's medium. A picture on the story's own site shows at once (loaded when scrolled near,
 * in a box of its final shape) with its caption and credit. Anything else (a video, audio, a
 * map, a picture on another site, a page) is a card: its kind, caption, credit and a link; where
 * the build lists the site its player or picture comes from (`VITE_MEDIA_ORIGINS`), a button
 * loads it in place. `origins` stands in for the build's list in tests.
 */
export function EventMedia({
  media,
  origins = ORIGINS,
}: {
  media: Media;
  origins?: readonly string[];
}) {
  const page = window.location.href;
  if (media.type === 'image' && isOwnSite(media.src, page)) {
    const size = media.width && media.height ? media : FALLBACK;
    return (
      <figure className="details-media">
        <img
          src={media.src}
          alt={media.alt}
          loading="lazy"
          decoding="async"
          width={size.width}
          height={size.height}
          style={{ aspectRatio: `${size.width} / ${size.height}` }}
        />
        <figcaption>
          {media.caption} <span className="details-media-credit">{media.credit}</span>
        </figcaption>
      </figure>
    );
  }
  const address = media.type === 'image' ? absolute(media.src, page) : media.url;
  const recognized = address === null ? null : recognizeMedia(address);
  // An image is an image, whatever its address ends in.
  const found: RecognizedMedia | null =
    recognized && media.type === 'image' && address
      ? { kind: 'image', service: siteOf(address), link: address, player: address }
      : recognized;
  if (!found)
    // Not a web address (the validator says so): its words, and no link to follow.
    return (
      <p className="details-media">
        {media.caption}{' '}
        {media.credit && <span className="details-media-credit">{media.credit}</span>}
      </p>
    );
  const thumb = media.type === 'link' && media.thumbnail ? media.thumbnail : null;
  const size =
    media.type === 'image' && media.width && media.height
      ? { width: media.width, height: media.height }
      : FALLBACK;
  return (
    <MediaCard
      // Another event's medium is another card: its button has not been pressed.
      key={found.link}
      found={found}
      caption={media.caption}
      credit={media.credit}
      alt={media.type === 'image' ? media.alt : media.caption}
      size={size}
      thumbnail={thumb && isOwnSite(thumb, page) ? thumb : null}
      origins={origins}
    />
  );
}
