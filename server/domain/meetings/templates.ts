// Built-in agenda templates: suggested talking points. Organisations add their own (stored rows).

export interface TemplateDef {
  id: string;
  name: string;
  points: string[];
}

export const BUILT_IN_TEMPLATES: readonly TemplateDef[] = [
  {
    id: 'builtin:first',
    name: 'First 1:1',
    points: [
      'How do you like to work, and to receive feedback?',
      'What should our 1:1s cover, and how often should we meet?',
      'What do you expect of me as your manager?',
      'What does success in this role look like in the first 90 days?',
    ],
  },
  {
    id: 'builtin:weekly',
    name: 'Weekly',
    points: [
      'Progress since last time',
      'What are you waiting on, and from whom?',
      'Blockers and asks',
      'Priorities for next week',
    ],
  },
  {
    id: 'builtin:career',
    name: 'Career conversation',
    points: [
      'Where would you like to be in two to three years?',
      'Which skills do you want to grow next?',
      'Which projects or people would help you get there?',
      'What support do you need from me?',
    ],
  },
  {
    id: 'builtin:quarterly',
    name: 'Quarterly objectives review',
    points: [
      'Objectives: completed, in progress, not started',
      'Objectives that changed this quarter, and why',
      'Objectives for next quarter and how they will be measured',
      'Feedback both ways',
    ],
  },
];
