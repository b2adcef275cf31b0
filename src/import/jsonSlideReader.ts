import type { StoryIssue } from '../data/issues';
import { clip, own, scalar, type DateParts, type Slide, type SlideField } from './common';

/** Report paths for a slide's parts, in TimelineJS JSON's own names. */
const JSON_FIELDS: Record<SlideField, string> = {
  headline: 'text.headline',
  text: 'text.text',
  start: 'start_date',
  end: 'end_date',
  'start.time': 'start_date.hour',
  'end.time': 'end_date.hour',
  display: 'display_date',
  group: 'group',
  media: 'media.url',
  'media.credit': 'media.credit',
  'media.caption': 'media.caption',
  'media.thumbnail': 'media.thumbnail',
  background: 'background',
};
const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'unique_id',
  // Checked before reading: only "cosmological" matters, and it refuses the file.
  'scale',
  // How TimelineJS links words to other slides: nothing to keep.
  'autolink',
]);
const DATE_KEYS = new Set([
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
  'display_date',
  'format',
]);
const MEDIA_KEYS = new Set(['url', 'credit', 'caption', 'thumbnail']);

/** Reads slides out of parsed JSON, collecting report lines as it goes. */
export class JsonSlideReader {
  readonly report: StoryIssue[] = [];
  constructor(readonly file: string) {}

  note(path: string, message: string) {
    this.report.push({ file: this.file, path, message });
  }

  /** A scalar field as text; anything else is reported and read as empty. */
  text(value: unknown, path: string): string {
    const s = scalar(value);
    if (s === undefined) this.note(path, 'expected text or a number; not kept');
    return s ?? '';
  }

  unknownKeys(value: object, known: ReadonlySet<string>, path: string) {
    for (const key of Object.keys(value))
      if (!known.has(key))
        this.note(path ? `${path}.${key}` : key, `field "${clip(key, 40).text}" not imported`);
  }

  date(value: unknown, path: string): DateParts | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.note(path, 'expected a date object {year, month, day}; not kept');
      return undefined;
    }
    this.unknownKeys(value, DATE_KEYS, path);
    // An object or boolean where a number belongs must fail as a date, not read as empty.
    const part = (k: string) => scalar(own(value, k)) ?? '(not a number)';
    const [h, m, s, ms] = ['hour', 'minute', 'second', 'millisecond'].map((k) => part(k).trim());
    const time =
      h || m || s || ms
        ? `${h || '0'}:${(m || '0').padStart(2, '0')}${s ? `:${s.padStart(2, '0')}` : ''}${ms ? `.${ms}` : ''}`
        : '';
    const format = part('format').trim();
    if (format) this.note(`${path}.format`, `date format "${clip(format, 40).text}" not kept`);
    return {
      year: part('year'),
      month: part('month'),
      day: part('day'),
      time,
      display: part('display_date'),
    };
  }

  slide(value: unknown, where: string): Slide | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.note(where, 'expected a slide object; skipped');
      return undefined;
    }
    this.unknownKeys(value, SLIDE_KEYS, where);
    const at = (f: string) => `${where}.${f}`;
    const text = own(value, 'text');
    const media = own(value, 'media');
    if (media !== undefined && media !== null && typeof media === 'object')
      this.unknownKeys(media, MEDIA_KEYS, at('media'));
    const background = own(value, 'background');
    const bgUrl = this.text(own(background, 'url'), at('background.url')).trim();
    const bgColor = this.text(own(background, 'color'), at('background.color')).trim();
    return {
      where,
      field: (f) => at(JSON_FIELDS[f]),
      uniqueId: this.text(own(value, 'unique_id'), at('unique_id')),
      headline: this.text(own(text, 'headline'), at('text.headline')),
      text: this.text(own(text, 'text'), at('text.text')),
      start: this.date(own(value, 'start_date'), at('start_date')),
      end: this.date(own(value, 'end_date'), at('end_date')),
      displayDate: this.text(own(value, 'display_date'), at('display_date')),
      group: this.text(own(value, 'group'), at('group')),
      media:
        media && typeof media === 'object'
          ? {
              url: this.text(own(media, 'url'), at('media.url')),
              credit: this.text(own(media, 'credit'), at('media.credit')),
              caption: this.text(own(media, 'caption'), at('media.caption')),
              thumbnail: this.text(own(media, 'thumbnail'), at('media.thumbnail')),
            }
          : undefined,
      background: bgUrl
        ? `image ${clip(bgUrl, 300).text}`
        : bgColor
          ? `colour ${clip(bgColor, 20).text}`
          : '',
    };
  }

  slides(value: unknown, name: string): Slide[] {
    if (!Array.isArray(value)) return [];
    return value.flatMap((v: unknown, i) => this.slide(v, `${name}[${i}]`) ?? []);
  }
}
