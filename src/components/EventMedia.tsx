import { isShownImage } from '../data/mediaOrigins';
import './EventMedia.css';
import { type Media } from '../data/mediaSchema';

const ORIGINS = (import.meta.env.VITE_MEDIA_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

/** Without its size, an image keeps a 3:2 box, so the details do not jump when it arrives. */
const FALLBACK = { width: 3, height: 2 };

/**
 * An event's picture (loaded only when scrolled near, in a box of its final shape) with its
 * caption and credit; or, for other media and images from sites the build does not list, a
 * link with the same caption and credit.
 */
export function EventMedia({ media }: { media: Media }) {
  const shown = media.type === 'image' && isShownImage(media.src, window.location.href, ORIGINS);
  if (media.type === 'image' && shown) {
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
  const href = media.type === 'image' ? media.src : media.url;
  return (
    <p className="details-media details-media-link">
      <a href={href} rel="noopener noreferrer" target="_blank">
        {media.caption}
      </a>{' '}
      {media.credit && <span className="details-media-credit">{media.credit}</span>}
    </p>
  );
}
