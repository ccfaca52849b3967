import { describe, expect, it } from 'vitest';
import {
  checkRowIds,
  composeClientAnswer,
  parseRating,
  parseText,
  reviewAnswers,
  summarizeProblems,
  type QuestionnaireRow,
} from '../../../shared/domain/questionnaire';

const row = (itemId: string, input: Partial<QuestionnaireRow> = {}): QuestionnaireRow => ({
  row: 2,
  itemId,
  rating: null,
  answer: null,
  documents: null,
  contact: null,
  ...input,
});

describe('parseRating', () => {
  it.each([
    [null, null],
    ['  ', null],
    [0, 0],
    [5, 5],
    ['3', 3],
    ['3 – Defined', 3],
    ['4 - Quantitativ gesteuert', 4],
  ])('reads %j as %j', (value, expected) => {
    expect(parseRating(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['drei', /number from 0 to 5, found "drei"/],
    [6, /whole number from 0 to 5, found 6/],
    [-1, /found -1/],
    [2.5, /found 2\.5/],
    ['2,5', /found 2\.5/],
    ['35 Jahre', /found "35 Jahre"/],
    [true, /found TRUE/],
    [new Date(0), /found a date/],
    [{ error: '#DIV/0!' }, /found #DIV\/0!/],
  ])('refuses %j', (value, message) => {
    const parsed = parseRating(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(message);
  });
});

describe('answers', () => {
  it('reads typed numbers, dates and booleans as text, but not error values', () => {
    expect(parseText(' Ja ')).toEqual({ ok: true, value: 'Ja' });
    expect(parseText(4711)).toEqual({ ok: true, value: '4711' });
    expect(parseText(new Date(Date.UTC(2026, 0, 31)))).toEqual({ ok: true, value: '2026-01-31' });
    expect(parseText(false)).toEqual({ ok: true, value: 'FALSE' });
    expect(parseText({ error: '#REF!' }).ok).toBe(false);
  });

  it('keeps the extra columns as labelled lines of the one client answer', () => {
    expect(composeClientAnswer({ answer: 'A', documents: 'D', contact: 'C' }, 'de')).toBe(
      'A\nVorhandene Dokumente: D\nAnsprechperson: C',
    );
    expect(composeClientAnswer({ answer: '', documents: '', contact: 'C' }, 'en')).toBe('Contact person: C');
    expect(composeClientAnswer({ answer: '', documents: '', contact: '' }, 'en')).toBe('');
  });
});

describe('checkRowIds', () => {
  it('names unknown, doubled, missing and ID-less rows', () => {
    const rows = [
      { row: 2, itemId: '4.1' },
      { row: 3, itemId: '4.1' },
      { row: 4, itemId: 'X.1' },
      { row: 9, itemId: '' },
    ];
    expect(checkRowIds(['4.1', '4.2', '4.3'], rows)).toEqual([
      'row 3: requirement 4.1 appears twice',
      'row 4: unknown requirement ID "X.1"',
      'row 9: answers without a requirement ID (was a row added?)',
      'rows missing for 4.2, 4.3 (were rows deleted?)',
    ]);
    expect(checkRowIds(['4.1'], [{ row: 2, itemId: '4.1' }])).toEqual([]);
  });
});

describe('reviewAnswers', () => {
  const current = new Map([
    ['4.1', { itemId: '4.1', maturityCurrent: 2, clientSelfRating: 1 }],
    ['4.2', { itemId: '4.2', maturityCurrent: null, clientSelfRating: null }],
  ]);

  it('sets what the client gave, marks differences from the consultant, and counts empty rows', () => {
    const review = reviewAnswers(
      [row('4.1', { rating: 3 }), row('4.2', { answer: 'So machen wir das' }), row('4.3')],
      current,
      'de',
    );
    expect(review.problems).toEqual([]);
    expect(review.unanswered).toBe(1);
    expect(review.changes).toEqual([
      {
        itemId: '4.1',
        row: 2,
        clientSelfRating: 3,
        clientAnswer: null,
        previousSelfRating: 1,
        consultantRating: 2,
        differs: true,
      },
      {
        itemId: '4.2',
        row: 2,
        clientSelfRating: null,
        clientAnswer: 'So machen wir das',
        previousSelfRating: null,
        consultantRating: null,
        differs: false,
      },
    ]);
  });

  it('reports every bad value with its row and requirement, and sets nothing from such rows', () => {
    const review = reviewAnswers(
      [
        row('4.1', { row: 5, rating: 9, contact: { error: '#N/A' } }),
        row('4.2', { row: 6, answer: 'x'.repeat(50_001) }),
      ],
      current,
      'en',
    );
    expect(review.changes).toEqual([]);
    expect(review.problems).toEqual([
      'row 5 (4.1): the rating must be a whole number from 0 to 5, found 9',
      'row 5 (4.1): expected text, found #N/A',
      'row 6 (4.2): the answer is longer than 50000 characters',
    ]);
  });

  it('summarises long lists of findings', () => {
    const problems = Array.from({ length: 10 }, (_, i) => `p${i}`);
    expect(summarizeProblems('bad', problems, 2)).toBe('bad: p0; p1; and 8 more');
  });
});
