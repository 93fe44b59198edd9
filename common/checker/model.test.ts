import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonl, TRAIN_OPTIONS, trainingFiles } from '../../scripts/train-checker-model';
import { train } from '../../scripts/checker-model-lib';
import { checkText, sentencesWithFeatures } from './index';
import { MODEL_CATEGORIES } from './model';
import { MODEL } from './model-weights';

const fragment = fc.constantFrom(
  'Kira lost the van keys again.',
  'Truly a gift to logistics.',
  'She is always late, probably because of her pregnancy.',
  'Since he raised the grievance, his attitude has slipped.',
  '"Great job," said Ana.',
  'FMLA approved for 3 weeks!',
  'Met 1 May: agreed three objectives.',
  '\n- ',
  ' ',
  '?',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 10 }).map((a) => a.join('')),
);

describe('the model', () => {
  it('scores a sentence exactly as the sum of the weights of its named features', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, otr) => {
        for (const s of sentencesWithFeatures(t, otr)) {
          const z = [...MODEL.bias];
          for (const f of s.features) {
            const row = MODEL.weights[f] ?? [];
            for (let c = 0; c < row.length; c++) z[c] += row[c] * MODEL.scale;
          }
          for (let c = 0; c < z.length; c++) expect(s.scores[c]).toBeCloseTo(z[c], 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads an adverse step with a protected activity several sentences earlier in view', () => {
    const note = (first: string) =>
      `1:1 with Priya\n- ${first}\n- Team meeting moved to Thursdays.\n- Taking her off the Acme launch; Sam leads it from Monday.`;
    const t = note('Priya filed a grievance about the rota on 3 May.');
    expect(checkText(t, { rulesOnly: true })).toEqual([]);
    // The finding covers the grievance, the step, or both.
    const found = checkText(t);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.category).toBe('protected_activity_link');
      expect([
        'Priya filed a grievance about the rota on 3 May',
        'Taking her off the Acme launch; Sam leads it from Monday',
      ]).toContain(t.slice(f.start, f.end));
    }
    // The same step with no protected activity in the note is an ordinary decision.
    expect(checkText(note('Priya asked about the rota on 3 May.'))).toEqual([]);
  });

  it('never overrules what is unambiguous on its face: "!!!" outside praise, a shouted word', () => {
    for (const t of [
      'Can someone PLEASE explain to Kieran that the fire doors are not a smoking area!!!',
      'Once again Ruth has missed the cut-off. EVERY month!!',
    ])
      expect(checkText(t).map((f) => f.category)).toContain('emotional_or_sarcastic');
    expect(checkText('Well done to the whole team, what a week!!')).toEqual([]);
  });

  it('catches wording no rule names, over the whole sentence, with the category’s explanation', () => {
    const t = 'Kira lost the van keys again. Truly a gift to logistics.';
    expect(checkText(t, { rulesOnly: true })).toEqual([]);
    const found = checkText(t);
    expect(found.map((f) => [f.category, t.slice(f.start, f.end)])).toEqual([
      ['emotional_or_sarcastic', 'Truly a gift to logistics'],
    ]);
    expect(found[0].message).toMatch(/sarcastic/);
    expect(found[0].suggestion).toBeTruthy();
  });

  it('leaves harmless uses of the same words alone', () => {
    for (const t of [
      'Kira found the van keys; a gift from the client arrived for the logistics team.',
      'The lazy loading bug is fixed; the hostile takeover story was filed.',
      'Parental leave approved from 3 March; handover plan agreed with Sam.',
    ])
      expect(checkText(t)).toEqual([]);
  });

  it('honours disabled categories', () => {
    const t = 'Kira lost the van keys again. Truly a gift to logistics.';
    expect(checkText(t, { disabledCategories: ['emotional_or_sarcastic'] })).toEqual([]);
  });

  it('has one weight per category in every row', () => {
    for (const row of Object.values(MODEL.weights)) expect(row).toHaveLength(MODEL_CATEGORIES.length);
    for (const list of [MODEL.bias, MODEL.threshold, MODEL.ruleBonus]) expect(list).toHaveLength(MODEL_CATEGORIES.length);
  });

  it('is what scripts/train-checker-model.ts makes from the labelled data (retrain after changing it)', () => {
    const model = train(trainingFiles().flatMap(readJsonl), TRAIN_OPTIONS);
    expect(model.bias).toEqual(MODEL.bias);
    expect(model.weights).toEqual(MODEL.weights);
  }, 120_000);
});
