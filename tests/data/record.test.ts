import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import type { Disagreement, TimelineEvent } from '../../src/data/schema';

// What the three documents say that the bundled story must show (issue 16, items 1–5).
const checked = validateStory(rawStory, 'data/story.json');
if (!checked.ok) throw new Error('the bundled story is invalid');
const story = resolveStory(checked.data, 'en');
const index = indexStory(story);
const event = (id: string): TimelineEvent => {
  const e = index.eventById.get(id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const disagreement = (id: string, about: RegExp): Disagreement | undefined =>
  event(id).disagreements?.find((d) => about.test(d.about));
const quotes = (id: string) => event(id).citations.map((c) => c.quote);

/** Every string in the story that is ours (not a `quote`), with its path. */
function ownWords(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((n, i) => ownWords(n, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'quote' ? [] : ownWords(v, `${path}.${k}`),
  );
}

describe('1. the campaign’s length', () => {
  it('is a disagreement: 22 April – 5 June against "over three months", each quoted', () => {
    const d = disagreement('alibaba-campaign', /how long/i);
    expect(d).toBeDefined();
    const by = new Map(d?.accounts.map((a) => [a.source, a]));
    expect(by.get('qwen-report')?.quote).toContain('over three months');
    expect(by.get('qwen-report')?.says).toMatch(/over three months/i);
    expect(by.get('cnbc-summary')?.quote).toContain('between April 22 and June 5');
    expect(by.get('cnbc-summary')?.says).toMatch(/22 April to 5 June/);
    // The length is our arithmetic from CNBC's dates, and says so (issue 28, 4).
    expect(by.get('cnbc-summary')?.says).toMatch(/44 days, by our count/);
  });
});

describe('2. "the third time" and "more than double"', () => {
  it('quotes "the third time" on the letter, says who says it, and names no earlier accusation', () => {
    expect(quotes('letter').some((q) => q.includes('the third time'))).toBe(true);
    const summary = event('letter').summary;
    expect(summary).toMatch(/analysis calls this "the third time"/);
    expect(summary).toMatch(/does not say which the earlier ones were/);
  });

  it('quotes "more than double the previous largest identified campaign" on the campaign', () => {
    expect(
      quotes('alibaba-campaign').some((q) =>
        q.includes('more than double the previous largest identified campaign'),
      ),
    ).toBe(true);
    expect(event('alibaba-campaign').summary).toMatch(/analysis calls it more than double/);
  });
});

describe('3. roughly or nearly 25,000 accounts', () => {
  it('never flattens the count to "about 25,000" in our words', () => {
    for (const [path, text] of ownWords(story))
      expect(`${path}: ${text}`).not.toMatch(/about 25,000/);
  });

  it('keeps each document’s word in the summary and in the figures', () => {
    expect(event('alibaba-campaign').summary).toMatch(
      /roughly 25,000 \(CNBC's word\) or nearly 25,000/,
    );
    const accounts = event('alibaba-campaign').figures?.filter((f) => f.metric === 'accounts');
    expect(accounts?.map((f) => [f.citation.source, f.qualifier])).toEqual([
      ['cnbc-summary', 'roughly'],
      ['tension-analysis', 'nearly'],
    ]);
  });
});

describe('4. dates we inferred say how, with labels to match', () => {
  it('the restrictions: dated by one account; CNBC says only "in recent weeks"', () => {
    const date = event('commerce-restrictions').date;
    expect(date.label).toBe('12 June 2026, by one account');
    expect(date.basis).toMatch(/"in recent weeks"/);
    const when = disagreement('commerce-restrictions', /^when$/i);
    expect(when?.accounts.map((a) => a.source)).toEqual(['tension-analysis', 'cnbc-summary']);
    expect(when?.accounts[1]?.quote).toContain('in recent weeks');
  });

  it('intelligence sharing: not "with the letter"; reported on or after 24 June, undated', () => {
    const date = event('intelligence-sharing').date;
    expect(date.label).toBe('reported on or after 24 June 2026');
    expect(date.basis).toMatch(/undated/);
    expect(date.basis).toMatch(/No document says when the alliance was formed/);
  });

  it.each(['senate-amendment', 'house-bill'])(
    '%s: the label starts where the window does',
    (id) => {
      const date = event(id).date;
      expect(date.precision).toBe('approximate');
      if (date.precision !== 'approximate') return;
      expect(date.start).toBe('2026-06-12');
      expect(date.label).toBe('reported on or after 12 June 2026');
      expect(date.basis).toMatch(/12 June/);
    },
  );

  it('February: the year is assumed, and says so', () => {
    const date = event('february-disclosure').date;
    expect(date.label).toBe('February 2026 (year assumed)');
    expect(date.basis).toMatch(/without a year/);
  });
});

describe('5. words the documents do not use; the guided story', () => {
  it('never calls DeepSeek, Moonshot or MiniMax "Chinese" in our words', () => {
    expect(story.dek).not.toMatch(/Chinese/);
    // "Chinese" appears only in the documents' own phrases: the Pentagon's list, the companies
    // the proposed sanctions target.
    for (const [path, text] of ownWords(story))
      for (const m of text.matchAll(/Chinese (\w+ \w+)/g))
        expect(`${path}: ${m[0]}`).toMatch(/Chinese (military companies|companies that)$/);
  });

  it('walks the steps in the order of the dates', () => {
    const steps = (story.steps ?? []).map((s) => s.event);
    const inTimeOrder = index.events.map((e) => e.id).filter((id) => steps.includes(id));
    expect(steps).toEqual(inTimeOrder);
  });

  it('keeps an approximate event’s precision in its caption', () => {
    for (const step of story.steps ?? []) {
      const date = event(step.event).date;
      if (date.precision === 'approximate')
        expect(step.caption).toMatch(/\b(about|around|reported|reports?|undated)\b/i);
    }
    const pentagon = story.steps?.find((s) => s.event === 'pentagon-list');
    expect(pentagon?.caption).toMatch(/^About June/);
  });
});

// Issue 28, record points 1–6.
const de = resolveStory(checked.data, 'de');
const deEvent = (id: string) => de.events.find((e) => e.id === id)!;
/** Our words with the documents' words in quotation marks taken out. */
const unquoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”|„[^“]*“/g, '');

describe('28.1 what the letter asked for', () => {
  it('is a disagreement: sanctions and antitrust (the report) against antitrust and IP (the analysis)', () => {
    const d = disagreement('letter', /^What the letter asked for$/);
    expect(d?.accounts.map((a) => a.source)).toEqual(['qwen-report', 'tension-analysis']);
    expect(d?.accounts[0]?.quote).toContain('impose sanctions or blacklist Chinese companies');
    expect(d?.accounts[1]?.quote).toContain('clarify antitrust and IP guidelines');
    expect(d?.accounts[1]?.says).toMatch(/antitrust and IP guidelines/);
  });

  it('credits each account in the summary and the step, keeping "IP"', () => {
    const summary = event('letter').summary;
    expect(summary).toMatch(/The documents differ on what it asks for/);
    expect(summary).toMatch(/"antitrust and IP guidelines"/);
    const caption = story.steps?.find((s) => s.event === 'letter')?.caption ?? '';
    expect(caption).toMatch(/One report says .* sanctions/);
    expect(caption).toMatch(/antitrust and IP guidelines/);
  });

  it('never says "illegally" or "rivals" in our own voice', () => {
    for (const [path, text] of ownWords(story))
      expect(`${path}: ${unquoted(text)}`).not.toMatch(/\billegally\b|\brivals?\b/i);
  });
});

describe('28.2 the law', () => {
  it('is a disagreement with each document’s words, the letter’s and Anthropic’s', () => {
    const d = disagreement('letter', /^Whether distillation is illegal$/);
    expect(d?.accounts.map((a) => [a.source, a.quote])).toEqual([
      ['tension-analysis', 'Model distillation is not illegal.'],
      [
        'qwen-report',
        'Currently, it remains unclear at the legal level. Distillation itself is not entirely illegal',
      ],
      [
        'qwen-report',
        'this type of attack illegally, systematically, and on an industrial scale steals AI capabilities from U.S. frontier labs',
      ],
      ['tension-analysis', 'what it describes as industrial-scale IP theft'],
    ]);
  });

  it('cites the letter’s words as the report quotes them, and "adversarial distillation"', () => {
    expect(quotes('letter').some((q) => q.includes('"this type of attack illegally,'))).toBe(true);
    const campaign = quotes('alibaba-campaign');
    expect(campaign).toContain('The method is what Anthropic calls “adversarial distillation”');
    expect(campaign.some((q) => q.includes('"adversarial distillation attack."'))).toBe(true);
    expect(event('alibaba-campaign').summary).toMatch(
      /calls the method "adversarial distillation"/,
    );
  });
});

describe('28.3 the postscript’s unqualified 25,000', () => {
  it('is a third wording in the account count', () => {
    const d = disagreement('alibaba-campaign', /how many accounts/i);
    const ps = d?.accounts.find((a) => a.quote.includes('used 25,000 fake accounts'));
    expect(ps?.source).toBe('tension-analysis');
    expect(ps?.says).toMatch(/without a qualifier/);
    expect(event('alibaba-campaign').summary).toMatch(/postscript says 25,000/);
  });
});

describe('28.4 "over three months" and our six weeks', () => {
  it('no longer credits "about six weeks" to a document', () => {
    for (const [path, text] of ownWords(story)) expect(`${path}: ${text}`).not.toMatch(/six weeks/);
    expect(event('alibaba-campaign').summary).toMatch(/\(44 days, by our count\)/);
  });

  it('German says "in the course of" three months, not "more than"', () => {
    const d = deEvent('alibaba-campaign').disagreements?.find(
      (x) => x.about === 'Wie lange sie dauerte',
    );
    expect(d?.accounts[1]?.says).toMatch(/^Im Lauf von drei Monaten/);
    for (const [path, text] of ownWords(de))
      expect(`${path}: ${text}`).not.toMatch(/[Üü]ber drei Monate(n)?\b(?! erstreckt)/);
  });
});

describe('28.5 date bases state their assumptions', () => {
  it.each(['pentagon-list', 'deepseek-blacklist-held'])(
    '%s: assumes the undated article was written in June',
    (id) => expect(event(id).date.basis).toMatch(/we assume it was written in June 2026/i),
  );

  it('washington-talks: "in recent weeks" is CNBC’s for the suspension, 12 June another document’s', () => {
    const basis = event('washington-talks').date.basis ?? '';
    expect(basis).not.toMatch(/places the trip "in recent weeks"/);
    expect(basis).toMatch(/the suspension, which it places "in recent weeks"/);
    expect(basis).toMatch(/12 June, the day another document gives/);
  });

  it('February: only one of the documents is dated', () => {
    const basis = event('february-disclosure').date.basis ?? '';
    expect(basis).not.toMatch(/They were written in June/);
    expect(basis).toMatch(/only CNBC's summary is dated/);
  });

  it('"two days" is one analysis’s: the annotation credits it, the dek does not say it', () => {
    expect(story.dek).not.toMatch(/two days/);
    expect(story.annotations?.[0]?.text).toMatch(/by one analysis/);
  });
});

describe('28.6 German', () => {
  it.each([
    ['„Anfang dieses Monats“ for "earlier this month"', /Anfang dieses Monats/],
    ['copyright for "IP"', /urheberrecht/i],
    ['"ohne Begründung" for "without specifying the concern"', /ohne Begründung/],
    ['"Austausche"', /Austausch/],
  ])('no %s', (_, wrong) => {
    for (const [path, text] of ownWords(de)) expect(`${path}: ${text}`).not.toMatch(wrong);
    for (const e of de.events)
      for (const c of [...e.citations, ...(e.figures ?? []).map((f) => f.citation)])
        expect(c.translations?.de ?? '').not.toMatch(wrong);
  });

  it('every quote in a disagreement has a German translation', () => {
    for (const e of de.events)
      for (const d of e.disagreements ?? [])
        for (const a of d.accounts)
          expect(`${e.id}: ${a.translations?.de ?? ''}`).not.toMatch(/: $/);
  });
});
