import type { Media } from '../../data/schema';
import { Field } from './Field';
import { fieldId } from './context';

type Kind = 'none' | Media['type'];

/** Media of another kind, keeping the caption and credit. */
function toKind(media: Media | undefined, kind: Kind): Media | undefined {
  const caption = media?.caption ?? '';
  const credit = media?.credit ?? '';
  if (kind === 'image')
    return {
      type: 'image',
      src: media?.type === 'link' ? media.url : '',
      alt: '',
      caption,
      credit,
    };
  if (kind === 'link')
    return {
      type: 'link',
      url: media?.type === 'image' ? media.src : '',
      caption,
      ...(credit ? { credit } : {}),
    };
  return undefined;
}

/** Pixels as typed: empty leaves the size out; anything else is checked by the schema. */
function withSize(media: Media & { type: 'image' }, key: 'width' | 'height', v: string): Media {
  if (v.trim() !== '') return { ...media, [key]: Number(v) };
  const rest = { ...media };
  if (key === 'width') delete rest.width;
  else delete rest.height;
  return rest;
}

/** An event's picture (with alt text, caption and credit) or link to other media. */
export function MediaFields({
  at,
  media,
  onChange,
}: {
  at: string;
  media: Media | undefined;
  onChange: (m: Media | undefined) => void;
}) {
  const path = `${at}.media`;
  const kindId = fieldId(`${path}.type`);
  return (
    <fieldset className="ed-group">
      <legend>Media</legend>
      <div className="ed-field">
        <label htmlFor={kindId}>Kind of media</label>
        <select
          id={kindId}
          value={media?.type ?? 'none'}
          onChange={(e) => onChange(toKind(media, e.target.value as Kind))}
        >
          <option value="none">None</option>
          <option value="image">Image</option>
          <option value="link">Link to other media (video, document)</option>
        </select>
      </div>
      {media?.type === 'image' && (
        <>
          <Field
            path={`${path}.src`}
            label="Image address"
            help="A path on the story's own site (media/photo.jpg), or an https:// address on a site the build lists."
            value={media.src}
            onChange={(v) => onChange({ ...media, src: v })}
          />
          <Field
            path={`${path}.alt`}
            label="Alt text"
            help="What the image shows, for readers who cannot see it."
            rows={2}
            value={media.alt}
            onChange={(v) => onChange({ ...media, alt: v })}
          />
          <Field
            path={`${path}.width`}
            label="Width in pixels (optional)"
            value={media.width === undefined ? '' : String(media.width)}
            onChange={(v) => onChange(withSize(media, 'width', v))}
          />
          <Field
            path={`${path}.height`}
            label="Height in pixels (optional)"
            value={media.height === undefined ? '' : String(media.height)}
            onChange={(v) => onChange(withSize(media, 'height', v))}
          />
        </>
      )}
      {media?.type === 'link' && (
        <Field
          path={`${path}.url`}
          label="Link"
          type="url"
          value={media.url}
          onChange={(v) => onChange({ ...media, url: v })}
        />
      )}
      {media && (
        <>
          <Field
            path={`${path}.caption`}
            label="Caption"
            value={media.caption}
            onChange={(v) => onChange({ ...media, caption: v })}
          />
          <Field
            path={`${path}.credit`}
            label={media.type === 'image' ? 'Credit' : 'Credit (optional)'}
            value={media.credit ?? ''}
            onChange={(v) =>
              onChange(
                media.type === 'link' && v === ''
                  ? { type: 'link', url: media.url, caption: media.caption }
                  : { ...media, credit: v },
              )
            }
          />
        </>
      )}
    </fieldset>
  );
}
