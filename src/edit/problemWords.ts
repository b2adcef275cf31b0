import type { Story } from '../data/schema';
import { getAt, parsePath } from './path';
import { byDate } from './ops';
import { words } from './words';

/*
 * The validator speaks to files ("events[3].date.date: expected a date as YYYY-MM-DD. write it
 * as {"precision": "day", …}"); an editor looks at a form. These say the same problems as the
 * form shows them: the event by its title and its row in the table, the field by its label,
 * and what to do, with the numbers that matter.
 */

const w = words.problems;

/** A problem as the checks found it. */
export interface FoundProblem {
  path: string;
  message: string;
  hint?: string;
}

const clip = (v: string) => (v.length > 60 ? `${v.slice(0, 59)}…` : v);

/** `events[3].date.end` → `events[].date.end`: the path of every such field. */
const generic = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** The field's label as the form shows it (`Day`, `Quote`), or its key as a last resort. */
export function fieldLabel(path: string, story?: Story): string {
  const g = generic(path);
  if (g === 'events[].date.date' && story) {
    const date = getAt(story, path.replace(/\.date$/, ''));
    if ((date as { precision?: string } | undefined)?.precision === 'time')
      return words.date.timeLabel;
  }
  const label = w.labels[g as keyof typeof w.labels];
  if (label) return label;
  // A translation: `title.de`.
  const lang = /\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/.exec(path)?.[1];
  const of = lang
    ? w.labels[generic(path.slice(0, -lang.length - 1)) as keyof typeof w.labels]
    : undefined;
  if (of && lang) return w.inLanguage(of, lang);
  const last = parsePath(path)
    .filter((s) => typeof s === 'string')
    .pop();
  return typeof last === 'string' ? last : path;
}

/** Where a field is, as the form shows it: `Event “Spout dispute” (row 2) › Citation 1 › Quote`. */
export function placeOf(path: string, story: Story): string {
  const steps = parsePath(path);
  const parts: string[] = [];
  let at = '';
  steps.forEach((step, n) => {
    const prev = steps[n - 1];
    at += typeof step === 'number' ? `[${step}]` : at ? `.${step}` : step;
    if (typeof step !== 'number' || typeof prev !== 'string') return;
    if (prev === 'events' && n === 1) {
      const e = story.events[step];
      const row = byDate(story.events).indexOf(step) + 1;
      parts.push(e?.title.trim() ? w.event(clip(e.title), row) : w.untitledEvent(row));
      return;
    }
    const item = w.items[prev as keyof typeof w.items];
    if (item) parts.push(item(step + 1));
  });
  const label = fieldLabel(path, story);
  const last = steps[steps.length - 1];
  // A list item's own problem ("needs two accounts") is the item's; a field's is its label.
  if (typeof last !== 'number' || generic(path) in w.labels) parts.push(label);
  return parts.length ? parts.join(' › ') : w.story;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
/** A hint worth passing on: plain words, no JSON to copy. */
const plainHint = (hint: string | undefined) =>
  hint && !/[{}]|precision "|"[a-z]+":/.test(hint) ? ` ${sentence(capital(hint))}` : '';

/** The id's owner for a duplicate: the other event's title and row, or the list and place. */
function firstWithId(story: Story, list: string, id: string, not: number): string {
  const items = (getAt(story, list) ?? []) as { id?: string; title?: string }[];
  const i = items.findIndex((x, j) => j !== not && x.id === id);
  if (i < 0) return '';
  return placeOf(`${list}[${i}]`, story);
}

/**
 * One problem in the editor's words, for the field it is shown at. `value` is the field's (a
 * translation's lives beside the story, not in it).
 */
export function sayProblem(
  p: FoundProblem,
  story: Story,
  value: unknown = getAt(story, p.path),
): string {
  const label = fieldLabel(p.path, story);
  const m = p.message;
  let r: RegExpExecArray | null;
  if ((r = /^Too big: expected string to have <=(\d+) characters/.exec(m)))
    return w.tooLong(lower(label), typeof value === 'string' ? value.length : 0, Number(r[1]));
  if ((r = /^Too big: expected array to have <=(\d+) items/.exec(m)))
    return w.tooMany(Number(r[1]));
  if (
    /^must not be empty|is missing|^Too small: expected string|expected string, received undefined/.test(
      m,
    )
  )
    return w.empty(label);
  if (/^ids use lower-case/.test(m)) return w.badId(clip(String(value ?? '')));
  if ((r = /^duplicate (\w+) id "(.*)"$/.exec(m))) {
    const index = Number(/\[(\d+)\]\.id$/.exec(p.path)?.[1] ?? -1);
    const list = p.path.replace(/\[\d+\]\.id$/, '');
    return w.duplicate(r[2] ?? '', firstWithId(story, list, r[2] ?? '', index));
  }
  if ((r = /^unknown (source|actor|group|event) "(.*)"$/.exec(m)))
    return w.unknown(r[1] as 'source' | 'actor' | 'group' | 'event', r[2] ?? '');
  if ((r = /^link "(.*)" is not an http: or https: URL$/.exec(m)))
    return w.notWebAddress(r[1] ?? '', p.path.startsWith('sources['));
  if ((r = /^image "(.*)" is neither/.exec(m))) return w.badImage(r[1] ?? '');
  if (/^expected a date as YYYY-MM-DD$/.test(m) && /^\d{4}-\d\d-\d\dT/.test(String(value)))
    return w.hasTime(String(value));
  if ((r = /^expected an? (date|time|year|month|colour) as /.exec(m)))
    return w.shape(label, String(value ?? ''), r[1] as 'date');
  if ((r = /^end (\S+) is before start (\S+)$/.exec(m)))
    return w.endBeforeStart(r[1] ?? '', r[2] ?? '');
  if (/^a range that starts and ends/.test(m)) return w.sameEnds;
  if (/^the quote ".*" has no words$/.test(m)) return w.noWords;
  if (/^(a value of null needs|a "not-disclosed" figure)/.test(m))
    return value === null ? w.valueNeeded : w.valueNotDisclosed;
  if ((r = /^"(.*)" is not verbatim in (.+?)(?: \(source ".*"\))?$/.exec(m)))
    return w.notVerbatim(r[1] ?? '', r[2] ?? '');
  if ((r = /^"(.*)" is not in (.+?)(?: \(source ".*"\))? but in (.+)$/.exec(m)))
    return w.quotedElsewhere(r[1] ?? '', r[2] ?? '', r[3] ?? '');
  if (m === 'the quote is empty') return w.quoteEmpty;
  return `${sentence(capital(m))}${plainHint(p.hint)}`;
}
