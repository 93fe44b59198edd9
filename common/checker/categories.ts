// The checker's categories and their labels, apart from the checker itself so that API schemas and
// settings pages can list them without loading the rules and the model.
import type { CheckerCategory } from './types';

export const CHECKER_CATEGORIES: ReadonlyArray<{ id: CheckerCategory; label: string }> = [
  { id: 'protected_characteristic', label: 'Protected characteristic' },
  { id: 'health_speculation', label: 'Speculation about health' },
  { id: 'subjective_label', label: 'Label instead of behaviour' },
  { id: 'absolute_language', label: 'Absolute language' },
  { id: 'legal_conclusion', label: 'Legal conclusion' },
  { id: 'protected_activity_link', label: 'Protected activity next to a judgement' },
  { id: 'emotional_or_sarcastic', label: 'Emotional or sarcastic' },
  { id: 'vague_no_example', label: 'Vague, no example' },
  { id: 'off_record_disclosure', label: 'Cannot stay off the record' },
];
