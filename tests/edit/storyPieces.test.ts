import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/bench/generate.mjs';
import { validStoryArb } from '../fixtures/arbitraries';
import type { Story } from '../../src/data/schema';
import {
  createStoryJoiner,
  decodeEvents,
  encodeEvents,
  encodeEventsInSteps,
  eventBatches,
  joinStory,
  storyHead,
} from '../../src/edit/storyPieces';
import { eventText, storyText } from '../../src/edit/eventText';
import { draftText, newDraft, type Draft, type DraftRead } from '../../src/edit/drafts';
import { createDraftReadJoiner, draftReadMessages } from '../../src/edit/draftReadMessages';
import { createOpenedJoiner, openedMessages } from '../../src/edit/openedMessages';
import type { Opened } from '../../src/edit/openFile';
import { createResultJoiner, jobOf, postedJob, postedResults } from '../../src/edit/checkJob';
import { previewMessage, samePreview } from '../../src/edit/preview/message';
import { byDate } from '../../src/edit/ops';

/** What a story is once written out and read back: the value every piece must come back to. */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const storyArb = fc.oneof(
  validStoryArb,
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1000 }))
    .map(([n, seed]) => generateStory(n, seed) as Story),
);

describe('eventText and storyText', () => {
  it('write the same value as JSON.stringify, with the events’ texts kept', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        expect(JSON.parse(storyText(story))).toEqual(asJson(story));
        // A second time from the kept texts, and an event changed since is written anew.
        const edited: Story = story.events.length
          ? {
              ...story,
              events: [{ ...story.events[0]!, title: 'Changed' }, ...story.events.slice(1)],
            }
          : story;
        expect(JSON.parse(storyText(edited))).toEqual(asJson(edited));
      }),
    );
  });

  it('keeps one text per event object', () => {
    const story = generateStory(3) as Story;
    const e = story.events[0]!;
    expect(eventText(e)).toBe(eventText(e));
    expect(eventText({ ...e, title: 'Other' })).toContain('"title":"Other"');
  });

  it('write a draft with its undo steps as JSON.stringify would', () => {
    fc.assert(
      fc.property(storyArb, storyArb, fc.boolean(), (story, before, withSteps) => {
        const draft: Draft = {
          id: 'd1',
          name: 'A "quoted" name',
          story,
          texts: { s: 'text' },
          translations: { de: { title: 'Titel' } },
          updatedAt: 5,
          exported: false,
          ...(withSteps
            ? { past: [{ story: before, texts: {}, translations: {} }], future: [] }
            : {}),
          published: story.events.map((e) => e.id),
        };
        expect(JSON.parse(draftText(draft))).toEqual(asJson(draft));
      }),
    );
  });
});

describe('storyPieces', () => {
  it('batches events within the size given, and the batches join back into the story', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 5000 }), (story, maxChars) => {
        const batches = eventBatches(story.events, maxChars);
        for (const b of batches) {
          expect(b.length).toBeGreaterThan(0);
          // Over the size only when one event alone is.
          if (b.length > 1) expect(b.join('').length).toBeLessThanOrEqual(maxChars);
        }
        expect(batches.flat()).toHaveLength(story.events.length);
        const head = storyHead(story);
        expect(head.story.events).toEqual([]);
        expect(joinStory(head, batches)).toEqual(asJson(story));
        // Taken as they arrive: nothing until the last batch.
        const joiner = createStoryJoiner(head);
        let whole = joiner.start();
        batches.forEach((b, i) => {
          expect(whole).toBeNull();
          whole = joiner.add(b);
          if (i < batches.length - 1) expect(whole).toBeNull();
        });
        expect(whole).toEqual(asJson(story));
      }),
    );
  });
});

describe('encodeEvents', () => {
  it('writes the events as UTF-8 JSON that reads back as them, in any script', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }),
        (story, titles) => {
          const events = story.events.map((e, i) => ({
            ...e,
            title: titles[i % (titles.length || 1)] ?? e.title,
          }));
          expect(decodeEvents(encodeEvents(events))).toEqual(asJson(events));
        },
      ),
    );
  });
});

describe('encodeEventsInSteps', () => {
  it('writes the same bytes as encodeEvents, pausing between batches when a step runs long', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb, fc.integer({ min: 1, max: 3000 }), async (story, maxChars) => {
        const whole = encodeEvents(story.events);
        expect(encodeEvents(story.events, maxChars)).toEqual(whole);
        expect(await encodeEventsInSteps(story.events, () => Promise.resolve(), maxChars)).toEqual(
          whole,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('pauses in a big story', async () => {
    const { events } = generateStory(20_000) as Story;
    let pauses = 0;
    const bytes = await encodeEventsInSteps(events, () => {
      pauses += 1;
      return new Promise((next) => setTimeout(next, 0));
    });
    expect(decodeEvents(bytes)).toHaveLength(20_000);
    // 10 MB of texts: made in one go it has no pause at all.
    expect(pauses).toBeGreaterThan(3);
  });
});

describe('draftReadMessages', () => {
  it('come back together as the draft read', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 5000 }), (story, maxChars) => {
        const read: DraftRead = {
          status: 'ok',
          draft: newDraft('d1', 'Draft', { story, texts: { s: 'x' }, translations: {} }, 5),
        };
        const joiner = createDraftReadJoiner();
        const out = draftReadMessages(read, maxChars).map((m) => joiner.add(asJson(m)));
        expect(out.slice(0, -1).every((o) => o === null)).toBe(true);
        expect(out.at(-1)).toEqual(asJson(read));
      }),
    );
  });

  it('say a damaged or missing draft in one message', () => {
    const damaged: DraftRead = { status: 'damaged', id: 'd', name: 'n', raw: '{', problem: 'p' };
    for (const read of [damaged, { status: 'missing' } as const]) {
      const messages = draftReadMessages(read);
      expect(messages).toHaveLength(1);
      expect(createDraftReadJoiner().add(messages[0]!)).toEqual(read);
    }
  });
});

describe('openedMessages', () => {
  it('come back together as the opened file', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 5000 }), (story, maxChars) => {
        const opened: Opened = {
          ok: true,
          story,
          translations: { fr: { title: 'Titre' } },
          from: 'story',
          report: [{ file: 'a.json', path: 'title', message: 'm' }],
          name: 'Draft',
        };
        const joiner = createOpenedJoiner();
        const out = openedMessages(opened, maxChars).map((m) => joiner.add(asJson(m)));
        expect(out.slice(0, -1).every((o) => o === null)).toBe(true);
        expect(out.at(-1)).toEqual(asJson(opened));
      }),
    );
  });

  it('carry the events’ date order, worked out where they were read', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const opened: Opened = { ok: true, story, translations: {}, from: 'story', report: [] };
        const joiner = createOpenedJoiner();
        const out = openedMessages(opened, 500)
          .map((m) => joiner.add(asJson(m)))
          .at(-1);
        if (!out?.ok) throw new Error('not joined');
        // The order kept with the joined events is the one sorting them again gives.
        expect(byDate(out.story.events)).toEqual(byDate([...out.story.events]));
      }),
    );
  });

  it('say a refusal in one message', () => {
    const refused: Opened = { ok: false, report: [{ file: 'a', path: '(file)', message: 'no' }] };
    const messages = openedMessages(refused);
    expect(messages).toHaveLength(1);
    expect(createOpenedJoiner().add(messages[0]!)).toEqual(refused);
  });
});

describe('checkJob', () => {
  it('posts a job’s story as texts and reads it back', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const job = { kind: 'preview' as const, story, translations: {}, lang: 'en' };
        expect(jobOf(structuredClone(postedJob(job)))).toEqual(asJson(job));
      }),
    );
  });

  it('reads a preview’s story back from its pieces, and checks in one piece', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const result = {
          kind: 'preview' as const,
          preview: { ok: true as const, story, hiddenEvents: 2 },
        };
        const joiner = createResultJoiner();
        const out = postedResults(result).map((p) => joiner.add(asJson(p)));
        expect(out.at(-1)).toEqual(asJson(result));
      }),
    );
    const checks = { kind: 'checks' as const, errors: [], warnings: [] };
    expect(createResultJoiner().add(postedResults(checks)[0]!)).toEqual(checks);
  });
});

describe('samePreview', () => {
  it('tells a drawing already sent from a changed one', () => {
    const story = generateStory(20) as Story;
    const a = previewMessage(story, '?event=e000001', 'en');
    // The same story read back (other objects, same texts) draws the same.
    expect(samePreview(a, previewMessage(asJson(story), '?event=e000001', 'en'))).toBe(true);
    const retitled = {
      ...story,
      events: [{ ...story.events[0]!, title: 'x' }, ...story.events.slice(1)],
    };
    expect(samePreview(a, previewMessage(retitled, '?event=e000001', 'en'))).toBe(false);
    expect(samePreview(a, previewMessage({ ...story, title: 'x' }, '?event=e000001', 'en'))).toBe(
      false,
    );
    expect(samePreview(a, previewMessage(story, '?event=e000002', 'en'))).toBe(false);
  });
});
