// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIssues } from '../../src/data/dateChecks';
import type { EventDate, Figure } from '../../src/data/schema';
import { validateStory } from '../../src/data/validate';
import { dayArb } from '../fixtures/arbitraries';
import { makeStory } from '../fixtures/story';
import { withoutTextControls } from '../../src/data/textControls';

/*
 * crossCheck builds a report only for a problem it finds: whatever one field of an event
 * holds, the problem is reported exactly when the rule says there is one.
 */

/** The paths of the issues a story has. */
function issuePaths(story: ReturnType<typeof makeStory>): string[] {
  const result = validateStory(story, 'f.json');
  return result.ok ? [] : result.issues.map((i) => i.path);
}

const idLikeArb = fc.oneof(
  fc.constantFrom('acme', 'globex', 'wire', 'paper', 'nobody', 'acme-2'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/),
);

const quoteArb = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
    fc.constantFrom('“…”', '...', '—', '«»', '١', 'Ω', 'é', '½', '"a"', '.5', '$', '_'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }).filter((s) => s.trim().length > 0),
  )
  .map((s) => withoutTextControls(s).trim() || 'x');

const dayLikeArb = fc.oneof(
  dayArb,
  fc
    .tuple(fc.nat({ max: 9999 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }))
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);

const dateArb: fc.Arbitrary<EventDate> = fc.oneof(
  dayLikeArb.map((date) => ({ precision: 'day' as const, date })),
  dayLikeArb.map((d) => ({ precision: 'month' as const, month: d.slice(0, 7) })),
  fc
    .tuple(dayLikeArb, dayLikeArb)
    .map(([start, end]) => ({ precision: 'range' as const, start, end })),
  fc.tuple(dayLikeArb, dayLikeArb).map(([start, end]) => ({
    precision: 'approximate' as const,
    start,
    end,
    basis: 'how',
  })),
);

describe('crossCheck reports each problem in an event, and only those', { timeout: 60_000 }, () => {
  it('a quote without letters or digits', () => {
    fc.assert(
      fc.property(quoteArb, fc.nat({ max: 2 }), (quote, at) => {
        const story = makeStory();
        story.events[at]!.citations[0]!.quote = quote;
        const reported = issuePaths(story).includes(`events[${at}].citations[0].quote`);
        expect(reported).toBe(!/[\p{L}\p{N}]/u.test(quote));
      }),
      { numRuns: 2000 },
    );
  });

  it('an unknown actor or source', () => {
    fc.assert(
      fc.property(idLikeArb, idLikeArb, fc.nat({ max: 2 }), (actor, source, at) => {
        const story = makeStory();
        story.events[at]!.actors = [actor];
        story.events[at]!.citations[0]!.source = source;
        const paths = issuePaths(story);
        expect(paths.includes(`events[${at}].actors[0]`)).toBe(!['acme', 'globex'].includes(actor));
        expect(paths.includes(`events[${at}].citations[0].source`)).toBe(
          !['wire', 'paper'].includes(source),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a date that is not real, or ends before it starts', () => {
    fc.assert(
      fc.property(dateArb, fc.nat({ max: 2 }), (date, at) => {
        const story = makeStory();
        story.events[at]!.date = date;
        const reported = issuePaths(story).some((p) => p.startsWith(`events[${at}].date.`));
        expect(reported).toBe(dateIssues(date).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a problem inside a disagreement or a figure, the event otherwise clean', () => {
    const hasWords = (quote: string) => /[\p{L}\p{N}]/u.test(quote);
    const actors = ['acme', 'globex'];
    const sources = ['wire', 'paper'];
    fc.assert(
      fc.property(
        fc.nat({ max: 5 }),
        idLikeArb,
        quoteArb,
        fc.constantFrom(null, 5),
        fc.constantFrom('over' as const, 'not-disclosed' as const),
        (which, id, quote, value, qualifier) => {
          const figure: Figure = {
            metric: 'accounts',
            actor: 'acme',
            value: 5,
            qualifier: 'over',
            citation: { source: 'wire', quote: 'Words.' },
          };
          const account = { source: 'wire', says: 'y', quote: 'Words.' };
          /** The one field changed, and whether that is a problem. */
          const [path, problem] = ((): [string, boolean] => {
            switch (which) {
              case 0:
                figure.actor = id;
                return ['figures[0].actor', !actors.includes(id)];
              case 1:
                figure.citation.source = id;
                return ['figures[0].citation.source', !sources.includes(id)];
              case 2:
                figure.citation.quote = quote;
                return ['figures[0].citation.quote', !hasWords(quote)];
              case 3:
                Object.assign(figure, { value, qualifier });
                return ['figures[0].value', (value === null) !== (qualifier === 'not-disclosed')];
              case 4:
                account.source = id;
                return ['disagreements[0].accounts[1].source', !sources.includes(id)];
              default:
                account.quote = quote;
                return ['disagreements[0].accounts[1].quote', !hasWords(quote)];
            }
          })();
          const story = makeStory();
          story.events[1]!.figures = [figure];
          story.events[1]!.disagreements = [
            { about: 'x', accounts: [{ source: 'paper', says: 'x', quote: 'Words.' }, account] },
          ];
          expect(issuePaths(story).includes(`events[1].${path}`)).toBe(problem);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
