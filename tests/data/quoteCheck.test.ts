import { checkQuotes, collectQuotes, type SourceDocument } from '../../src/data/quoteCheck';

// Made-up documents: the check must not depend on the real ones.
const harbour: SourceDocument = {
  name: 'a.txt',
  text: 'The harbour board said the ferry “ran late” on 3 May.\nIt carried nearly 400 people.',
};
const council: SourceDocument = {
  name: 'b.txt',
  text: 'The council says the ferry carried roughly 400 people.',
};
const mapping: Record<string, SourceDocument> = { harbour, council };
const lookup = (source: string) => mapping[source];
const check = (json: unknown) => checkQuotes(collectQuotes(json), lookup, [harbour, council]);

describe('collectQuotes', () => {
  it('finds quotes at any depth, with the source beside each and its path', () => {
    const json = {
      events: [
        {
          citations: [{ source: 'harbour', quote: 'ran late' }],
          figures: [{ citation: { source: 'council', quote: 'roughly 400' } }],
        },
      ],
    };
    expect(collectQuotes(json)).toEqual([
      { path: 'events[0].citations[0].quote', source: 'harbour', quote: 'ran late' },
      { path: 'events[0].figures[0].citation.quote', source: 'council', quote: 'roughly 400' },
    ]);
  });

  it('skips a JSON Schema property named quote, which holds an object', () => {
    expect(collectQuotes({ properties: { quote: { type: 'string' } } })).toEqual([]);
  });
});

describe('checkQuotes', () => {
  it('passes a quote copied character for character from its own document', () => {
    expect(check([{ source: 'harbour', quote: 'the ferry “ran late” on 3 May.' }])).toEqual([]);
  });

  it('fails a quote that is only in another document, and says where it is', () => {
    const [problem, ...rest] = check([{ source: 'harbour', quote: 'carried roughly 400 people' }]);
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('[0].quote');
    expect(problem?.message).toMatch(/not in a\.txt \(source "harbour"\) but in b\.txt/);
  });

  it.each([
    ['a changed word', 'It carried about 400 people.'],
    ['straight quote marks for curly ones', 'the ferry "ran late" on 3 May.'],
    ['a line break read as a space', 'on 3 May. It carried'],
    ['a doubled space', 'the ferry  “ran late”'],
    ['other letter case', 'the Ferry “ran late”'],
  ])('is strict: %s fails', (_, quote) => {
    expect(check([{ source: 'harbour', quote }])).toHaveLength(1);
  });

  it('fails a quote whose source maps to no document, or that has no source', () => {
    const problems = check([{ source: 'radio', quote: 'ran late' }, { quote: 'ran late' }]);
    expect(problems.map((p) => p.message)).toEqual([
      'source "radio" is mapped to no document',
      '"ran late" has no source beside it',
    ]);
  });

  it('fails an empty quote, which every document "contains"', () => {
    expect(check([{ source: 'harbour', quote: ' ' }])[0]?.message).toBe('the quote is empty');
  });
});
