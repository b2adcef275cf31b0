// Generated from src/data/schema.ts by `npm run schema` (src/cli/storyCheckSource.ts): do not edit.
// The story schema as plain code, for the loader: see the generator for why.
import { textControlProblem } from './textControls';
import { hasSomeLanguage } from './someLanguage';
import { isTimeZone } from './isTimeZone';

/** What the check returns for a value the schema refuses. */
export const REFUSED: unique symbol = Symbol('refused');

/** The story's top-level keys in the schema's order (issues are sorted by it). */
export const STORY_KEYS: readonly string[] = [
  '$schema',
  'language',
  'title',
  'dek',
  'credit',
  'published',
  'updated',
  'corrections',
  'groups',
  'actors',
  'sources',
  'events',
  'annotations',
  'steps',
  'timeZone',
  'scale',
];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Own enumerable keys, counted without a list (an inherited one, never in JSON, counts too). */
function countKeys(x: object): number {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for (const _key in x) n++;
  return n;
}

const PATTERN_0 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PATTERN_1 = /^\d{4}-\d{2}-\d{2}$/;
const PATTERN_2 = /^[a-z0-9][a-z0-9-]*$/;
const PATTERN_3 = /^#[0-9a-fA-F]{6}$/;
const PATTERN_4 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const PATTERN_5 = /^\d{4}-\d{2}$/;
const PATTERN_6 = /^\d{4}$/;
const PATTERN_7 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** Texts in several languages accepted since the last story's check began. */
let textMaps = 0;

function check0(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  return v;
}

function check1(x: unknown): unknown {
  const v = x === undefined ? x : check0(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check2(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_0.test(v)) return REFUSED;
  return v;
}

function check3(x: unknown): unknown {
  const v = x === undefined ? x : check2(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check4(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 160) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check5(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check4(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check6(x: unknown): unknown {
  let v: unknown = check4(x);
  if (v === REFUSED) v = check5(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check7(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 400) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check8(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check7(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check9(x: unknown): unknown {
  let v: unknown = check7(x);
  if (v === REFUSED) v = check8(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check10(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 200) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check11(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check10(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check12(x: unknown): unknown {
  let v: unknown = check10(x);
  if (v === REFUSED) v = check11(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check13(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_1.test(v)) return REFUSED;
  return v;
}

function check14(x: unknown): unknown {
  const v = x === undefined ? x : check13(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check15(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['date'];
  if (value !== undefined) present++;
  parsed = check13(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['date'] = parsed;
  value = x['text'];
  if (value !== undefined) present++;
  parsed = check9(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['text'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check16(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check15(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check17(x: unknown): unknown {
  const v = x === undefined ? x : check16(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check18(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (v.length < 1) return REFUSED;
  if (v.length > 80) return REFUSED;
  if (!PATTERN_2.test(v)) return REFUSED;
  return v;
}

function check19(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 60) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check20(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check19(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check21(x: unknown): unknown {
  let v: unknown = check19(x);
  if (v === REFUSED) v = check20(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check22(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_3.test(v)) return REFUSED;
  return v;
}

function check23(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['id'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['id'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check21(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['color'];
  if (value !== undefined) present++;
  parsed = check22(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['color'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check24(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check23(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 1) return REFUSED;
  return v;
}

function check25(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 80) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check26(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check25(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check27(x: unknown): unknown {
  let v: unknown = check25(x);
  if (v === REFUSED) v = check26(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check28(x: unknown): unknown {
  const v = x === undefined ? x : check4(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check29(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['name'];
  if (value !== undefined) present++;
  parsed = check25(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['name'] = parsed;
  value = x['role'];
  if (value !== undefined) present++;
  parsed = check28(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['role'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check30(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check29(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check31(x: unknown): unknown {
  const v = x === undefined ? x : check30(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check32(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['id'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['id'] = parsed;
  value = x['name'];
  if (value !== undefined) present++;
  parsed = check27(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['name'] = parsed;
  value = x['group'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['group'] = parsed;
  value = x['people'];
  if (value !== undefined) present++;
  parsed = check31(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['people'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check33(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check32(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 1) return REFUSED;
  return v;
}

function check34(x: unknown): unknown {
  const v = x === null ? x : check25(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check35(x: unknown): unknown {
  const v = x === null ? x : check10(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check36(x: unknown): unknown {
  const v = x === null ? x : check13(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check37(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (v.length > 2000) return REFUSED;
  return v;
}

function check38(x: unknown): unknown {
  const v = x === null ? x : check37(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check39(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 300) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check40(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check39(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check41(x: unknown): unknown {
  let v: unknown = check39(x);
  if (v === REFUSED) v = check40(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check42(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['id'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['id'] = parsed;
  value = x['outlet'];
  if (value !== undefined) present++;
  parsed = check34(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['outlet'] = parsed;
  value = x['title'];
  if (value !== undefined) present++;
  parsed = check35(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['title'] = parsed;
  value = x['date'];
  if (value !== undefined) present++;
  parsed = check36(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['date'] = parsed;
  value = x['url'];
  if (value !== undefined) present++;
  parsed = check38(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['url'] = parsed;
  value = x['description'];
  if (value !== undefined) present++;
  parsed = check41(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['description'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check43(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check42(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 1) return REFUSED;
  return v;
}

function check44(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 140) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check45(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check44(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check46(x: unknown): unknown {
  let v: unknown = check44(x);
  if (v === REFUSED) v = check45(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check47(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 1200) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check48(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check47(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check49(x: unknown): unknown {
  let v: unknown = check47(x);
  if (v === REFUSED) v = check48(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check50(x: unknown): unknown {
  if (x !== 'time') return REFUSED;
  const v = x;
  return v;
}

function check51(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_4.test(v)) return REFUSED;
  return v;
}

function check52(x: unknown): unknown {
  const v = x === undefined ? x : check27(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check53(x: unknown): unknown {
  const v = x === undefined ? x : check9(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check54(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check50(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['date'];
  if (value !== undefined) present++;
  parsed = check51(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['date'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check53(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check55(x: unknown): unknown {
  if (x !== 'day') return REFUSED;
  const v = x;
  return v;
}

function check56(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check55(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['date'];
  if (value !== undefined) present++;
  parsed = check13(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['date'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check53(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check57(x: unknown): unknown {
  if (x !== 'month') return REFUSED;
  const v = x;
  return v;
}

function check58(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_5.test(v)) return REFUSED;
  return v;
}

function check59(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check57(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['month'];
  if (value !== undefined) present++;
  parsed = check58(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['month'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check53(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check60(x: unknown): unknown {
  if (x !== 'year') return REFUSED;
  const v = x;
  return v;
}

function check61(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_6.test(v)) return REFUSED;
  return v;
}

function check62(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check60(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['year'];
  if (value !== undefined) present++;
  parsed = check61(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['year'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check53(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check63(x: unknown): unknown {
  if (x !== 'range') return REFUSED;
  const v = x;
  return v;
}

function check64(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!PATTERN_7.test(v)) return REFUSED;
  return v;
}

function check65(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check63(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['start'];
  if (value !== undefined) present++;
  parsed = check64(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['start'] = parsed;
  value = x['end'];
  if (value !== undefined) present++;
  parsed = check64(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['end'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check53(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check66(x: unknown): unknown {
  if (x !== 'approximate') return REFUSED;
  const v = x;
  return v;
}

function check67(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['precision'];
  if (value !== undefined) present++;
  parsed = check66(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['precision'] = parsed;
  value = x['start'];
  if (value !== undefined) present++;
  parsed = check13(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['start'] = parsed;
  value = x['end'];
  if (value !== undefined) present++;
  parsed = check13(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['end'] = parsed;
  value = x['label'];
  if (value !== undefined) present++;
  parsed = check52(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['label'] = parsed;
  value = x['basis'];
  if (value !== undefined) present++;
  parsed = check9(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['basis'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check68(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let v: unknown;
  switch (x['precision']) {
    case 'time':
      v = check54(x);
      break;
    case 'day':
      v = check56(x);
      break;
    case 'month':
      v = check59(x);
      break;
    case 'year':
      v = check62(x);
      break;
    case 'range':
      v = check65(x);
      break;
    case 'approximate':
      v = check67(x);
      break;
    default:
      return REFUSED;
  }
  if (v === REFUSED) return REFUSED;
  return v;
}

function check69(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check18(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 1) return REFUSED;
  return v;
}

function check70(x: unknown): unknown {
  if (
    x !== 'disclosure' &&
    x !== 'campaign' &&
    x !== 'letter' &&
    x !== 'government-action' &&
    x !== 'legislation' &&
    x !== 'report' &&
    x !== 'meeting' &&
    x !== 'industry' &&
    x !== 'statement'
  )
    return REFUSED;
  const v = x;
  return v;
}

function check71(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 2000) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check72(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check71(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check73(x: unknown): unknown {
  const v = x === undefined ? x : check72(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check74(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['source'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['source'] = parsed;
  value = x['quote'];
  if (value !== undefined) present++;
  parsed = check71(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['quote'] = parsed;
  value = x['translations'];
  if (value !== undefined) present++;
  parsed = check73(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['translations'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check75(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check74(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 1) return REFUSED;
  return v;
}

function check76(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 120) return REFUSED;
  if (!(textControlProblem(v) === null)) return REFUSED;
  return v;
}

function check77(x: unknown): unknown {
  if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;
  let out: Record<string, unknown> | null = null;
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || check2(k) !== k) return REFUSED;
    const value = x[k];
    const parsed = check76(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= { ...x })[k] = parsed;
  }
  const v = out ?? x;
  if (!hasSomeLanguage(v)) return REFUSED;
  textMaps++;
  return v;
}

function check78(x: unknown): unknown {
  let v: unknown = check76(x);
  if (v === REFUSED) v = check77(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check79(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['source'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['source'] = parsed;
  value = x['says'];
  if (value !== undefined) present++;
  parsed = check41(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['says'] = parsed;
  value = x['quote'];
  if (value !== undefined) present++;
  parsed = check71(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['quote'] = parsed;
  value = x['translations'];
  if (value !== undefined) present++;
  parsed = check73(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['translations'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check80(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check79(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  if (v.length < 2) return REFUSED;
  return v;
}

function check81(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['about'];
  if (value !== undefined) present++;
  parsed = check78(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['about'] = parsed;
  value = x['accounts'];
  if (value !== undefined) present++;
  parsed = check80(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['accounts'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check82(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check81(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check83(x: unknown): unknown {
  const v = x === undefined ? x : check82(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check84(x: unknown): unknown {
  if (x !== 'exchanges' && x !== 'accounts') return REFUSED;
  const v = x;
  return v;
}

function check85(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return REFUSED;
  const v = x;
  if (!(v > 0)) return REFUSED;
  return v;
}

function check86(x: unknown): unknown {
  const v = x === null ? x : check85(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check87(x: unknown): unknown {
  if (
    x !== 'exact' &&
    x !== 'over' &&
    x !== 'about' &&
    x !== 'roughly' &&
    x !== 'nearly' &&
    x !== 'not-disclosed'
  )
    return REFUSED;
  const v = x;
  return v;
}

function check88(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['metric'];
  if (value !== undefined) present++;
  parsed = check84(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['metric'] = parsed;
  value = x['actor'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['actor'] = parsed;
  value = x['value'];
  if (value !== undefined) present++;
  parsed = check86(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['value'] = parsed;
  value = x['qualifier'];
  if (value !== undefined) present++;
  parsed = check87(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['qualifier'] = parsed;
  value = x['citation'];
  if (value !== undefined) present++;
  parsed = check74(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['citation'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check89(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check88(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check90(x: unknown): unknown {
  const v = x === undefined ? x : check89(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check91(x: unknown): unknown {
  if (x !== 'image') return REFUSED;
  const v = x;
  return v;
}

function check92(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  let v = x;
  v = v.trim();
  if (v.length < 1) return REFUSED;
  if (v.length > 2000) return REFUSED;
  return v;
}

function check93(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return REFUSED;
  const v = x;
  if (!Number.isSafeInteger(v)) return REFUSED;
  if (!(v > 0)) return REFUSED;
  return v;
}

function check94(x: unknown): unknown {
  const v = x === undefined ? x : check93(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check95(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['type'];
  if (value !== undefined) present++;
  parsed = check91(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['type'] = parsed;
  value = x['src'];
  if (value !== undefined) present++;
  parsed = check92(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['src'] = parsed;
  value = x['alt'];
  if (value !== undefined) present++;
  parsed = check39(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['alt'] = parsed;
  value = x['caption'];
  if (value !== undefined) present++;
  parsed = check7(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['caption'] = parsed;
  value = x['credit'];
  if (value !== undefined) present++;
  parsed = check10(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['credit'] = parsed;
  value = x['width'];
  if (value !== undefined) present++;
  parsed = check94(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['width'] = parsed;
  value = x['height'];
  if (value !== undefined) present++;
  parsed = check94(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['height'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check96(x: unknown): unknown {
  if (x !== 'link') return REFUSED;
  const v = x;
  return v;
}

function check97(x: unknown): unknown {
  const v = x === undefined ? x : check10(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check98(x: unknown): unknown {
  const v = x === undefined ? x : check92(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check99(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['type'];
  if (value !== undefined) present++;
  parsed = check96(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['type'] = parsed;
  value = x['url'];
  if (value !== undefined) present++;
  parsed = check37(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['url'] = parsed;
  value = x['caption'];
  if (value !== undefined) present++;
  parsed = check7(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['caption'] = parsed;
  value = x['credit'];
  if (value !== undefined) present++;
  parsed = check97(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['credit'] = parsed;
  value = x['thumbnail'];
  if (value !== undefined) present++;
  parsed = check98(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['thumbnail'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check100(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let v: unknown;
  switch (x['type']) {
    case 'image':
      v = check95(x);
      break;
    case 'link':
      v = check99(x);
      break;
    default:
      return REFUSED;
  }
  if (v === REFUSED) return REFUSED;
  return v;
}

function check101(x: unknown): unknown {
  const v = x === undefined ? x : check100(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check102(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['id'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['id'] = parsed;
  value = x['title'];
  if (value !== undefined) present++;
  parsed = check46(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['title'] = parsed;
  value = x['summary'];
  if (value !== undefined) present++;
  parsed = check49(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['summary'] = parsed;
  value = x['date'];
  if (value !== undefined) present++;
  parsed = check68(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['date'] = parsed;
  value = x['actors'];
  if (value !== undefined) present++;
  parsed = check69(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['actors'] = parsed;
  value = x['kind'];
  if (value !== undefined) present++;
  parsed = check70(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['kind'] = parsed;
  value = x['attribution'];
  if (value !== undefined) present++;
  parsed = check6(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['attribution'] = parsed;
  value = x['citations'];
  if (value !== undefined) present++;
  parsed = check75(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['citations'] = parsed;
  value = x['disagreements'];
  if (value !== undefined) present++;
  parsed = check83(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['disagreements'] = parsed;
  value = x['figures'];
  if (value !== undefined) present++;
  parsed = check90(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['figures'] = parsed;
  value = x['media'];
  if (value !== undefined) present++;
  parsed = check101(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['media'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check103(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check102(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check104(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['events'];
  if (value !== undefined) present++;
  parsed = check69(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['events'] = parsed;
  value = x['text'];
  if (value !== undefined) present++;
  parsed = check78(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['text'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check105(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check104(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check106(x: unknown): unknown {
  const v = x === undefined ? x : check105(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check107(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['event'];
  if (value !== undefined) present++;
  parsed = check18(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['event'] = parsed;
  value = x['caption'];
  if (value !== undefined) present++;
  parsed = check9(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['caption'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

function check108(x: unknown): unknown {
  if (!Array.isArray(x)) return REFUSED;
  let out: unknown[] | null = null;
  for (let i = 0; i < x.length; i++) {
    const value: unknown = x[i];
    const parsed = check107(value);
    if (parsed === REFUSED) return REFUSED;
    if (parsed !== value) (out ??= x.slice())[i] = parsed;
  }
  const v = out ?? x;
  return v;
}

function check109(x: unknown): unknown {
  const v = x === undefined ? x : check108(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check110(x: unknown): unknown {
  if (typeof x !== 'string') return REFUSED;
  const v = x;
  if (!isTimeZone(v)) return REFUSED;
  return v;
}

function check111(x: unknown): unknown {
  const v = x === undefined ? x : check110(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check112(x: unknown): unknown {
  if (x !== 'linear' && x !== 'breaks' && x !== 'sequence') return REFUSED;
  const v = x;
  return v;
}

function check113(x: unknown): unknown {
  const v = x === undefined ? x : check112(x);
  if (v === REFUSED) return REFUSED;
  return v;
}

function check114(x: unknown): unknown {
  if (!isObject(x)) return REFUSED;
  let out: Record<string, unknown> | null = null;
  let present = 0;
  let value: unknown;
  let parsed: unknown;
  value = x['$schema'];
  if (value !== undefined) present++;
  parsed = check1(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['$schema'] = parsed;
  value = x['language'];
  if (value !== undefined) present++;
  parsed = check3(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['language'] = parsed;
  value = x['title'];
  if (value !== undefined) present++;
  parsed = check6(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['title'] = parsed;
  value = x['dek'];
  if (value !== undefined) present++;
  parsed = check9(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['dek'] = parsed;
  value = x['credit'];
  if (value !== undefined) present++;
  parsed = check12(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['credit'] = parsed;
  value = x['published'];
  if (value !== undefined) present++;
  parsed = check14(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['published'] = parsed;
  value = x['updated'];
  if (value !== undefined) present++;
  parsed = check14(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['updated'] = parsed;
  value = x['corrections'];
  if (value !== undefined) present++;
  parsed = check17(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['corrections'] = parsed;
  value = x['groups'];
  if (value !== undefined) present++;
  parsed = check24(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['groups'] = parsed;
  value = x['actors'];
  if (value !== undefined) present++;
  parsed = check33(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['actors'] = parsed;
  value = x['sources'];
  if (value !== undefined) present++;
  parsed = check43(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['sources'] = parsed;
  value = x['events'];
  if (value !== undefined) present++;
  parsed = check103(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['events'] = parsed;
  value = x['annotations'];
  if (value !== undefined) present++;
  parsed = check106(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['annotations'] = parsed;
  value = x['steps'];
  if (value !== undefined) present++;
  parsed = check109(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['steps'] = parsed;
  value = x['timeZone'];
  if (value !== undefined) present++;
  parsed = check111(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['timeZone'] = parsed;
  value = x['scale'];
  if (value !== undefined) present++;
  parsed = check113(value);
  if (parsed === REFUSED) return REFUSED;
  if (parsed !== value) (out ??= { ...x })['scale'] = parsed;
  if (countKeys(x) !== present) return REFUSED;
  const v = out ?? x;
  return v;
}

/**
 * A story file as the schema reads it: the value zod would return (texts trimmed; the input
 * itself where nothing changed), or REFUSED. It says only yes or no: ask zod for the reasons.
 */
export function checkStory(input: unknown): unknown {
  textMaps = 0;
  return check114(input);
}

/**
 * Whether the story last accepted by `checkStory` holds no text in several languages (a
 * branch that failed may have counted one: then this says no, and the loader looks).
 */
export const hadNoTextMaps = (): boolean => textMaps === 0;
