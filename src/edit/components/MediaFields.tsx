import { Field } from './Field';
import { ChoiceField } from './ChoiceField';
import { useField } from './useField';
import { words } from '../words';
import { type Media } from '../../data/mediaSchema';
import { recognizeMedia } from '../../data/recognizeMedia';

type Kind = 'none' | Media['type'];
const w = words.media;

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
const pixels = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** What readers will see for a link, from its address as typed ("Video · YouTube, …"). */
function cardLine(url: string): string {
  const found = recognizeMedia(url);
  if (!found) return w.urlHelp;
  return w.cardIs(w.kinds[found.kind], found.service, found.kind !== 'link' && !!found.player);
}

/**
 * An event's picture (with alt text, caption and credit) or link to other media, saying under
 * the address what the card will be (a video on YouTube, a map, a plain link).
 */
export function MediaFields({ at }: { at: string }) {
  const field = useField<Media | undefined>(`${at}.media`);
  const media = field.value;
  const path = field.path;
  return (
    <fieldset className="ed-group">
      <legend>{w.legend}</legend>
      <ChoiceField
        path={`${path}.type`}
        label={w.kind}
        options={[
          { value: 'none', label: w.none },
          { value: 'image', label: w.image },
          { value: 'link', label: w.link },
        ]}
        value={media?.type ?? 'none'}
        onChange={(kind) => field.set(toKind(media, kind as Kind))}
      />
      {media?.type === 'image' && (
        <>
          <Field path={`${path}.src`} label={w.src} help={w.srcHelp} />
          <Field path={`${path}.alt`} label={w.alt} help={w.altHelp} rows={2} />
          <Field path={`${path}.width`} label={w.width} parse={pixels} />
          <Field path={`${path}.height`} label={w.height} parse={pixels} />
        </>
      )}
      {media?.type === 'link' && (
        <Field path={`${path}.url`} label={w.url} type="url" help={cardLine(media.url)} />
      )}
      {media && (
        <>
          <Field path={`${path}.caption`} label={w.caption} />
          <Field
            path={`${path}.credit`}
            label={media.type === 'image' ? w.credit : w.creditOptional}
            empty={media.type === 'link' ? 'omit' : 'text'}
          />
        </>
      )}
      {media?.type === 'link' && (
        <Field path={`${path}.thumbnail`} label={w.thumbnail} help={w.thumbnailHelp} empty="omit" />
      )}
    </fieldset>
  );
}
