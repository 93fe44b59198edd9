import { describe, expect, it } from 'vitest';
import { isEmptyDraft, toContent, toDraft } from './MinutesEditor';

const content = {
  agreements: ['Report due Friday'],
  decisions: [],
  actionItems: [
    { text: 'Draft the plan', ownerId: 'p1', due: '2026-09-10' },
    { text: 'Book a room', ownerId: null, due: null },
  ],
  objectiveChanges: [],
  feedback: ['On time on 3 and 10 March'],
  freeText: 'Notes',
};

describe('minutes editor model', () => {
  it('round-trips content through the editable draft', () => {
    expect(toContent(toDraft(content))).toEqual(content);
  });

  it('gives every line its own stable key', () => {
    const d = toDraft(content);
    const keys = [...d.agreements, ...d.actionItems, ...d.feedback].map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('calls a draft of blank lines empty', () => {
    const d = toDraft({ ...content, agreements: ['  '], actionItems: [], feedback: [], freeText: '\n' });
    expect(isEmptyDraft(d)).toBe(true);
    expect(isEmptyDraft(toDraft(content))).toBe(false);
  });
});
