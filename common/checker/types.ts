export type CheckerCategory =
  | 'protected_characteristic'
  | 'health_speculation'
  | 'subjective_label'
  | 'absolute_language'
  | 'legal_conclusion'
  | 'protected_activity_link'
  | 'emotional_or_sarcastic'
  | 'vague_no_example'
  | 'off_record_disclosure';

export interface Finding {
  category: CheckerCategory;
  /** UTF-16 offsets into the checked text; `text.slice(start, end)` is the exact span. */
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export interface CheckOptions {
  disabledCategories?: CheckerCategory[];
  /** The text is an off-the-record talking point: enables `off_record_disclosure`. */
  offTheRecord?: boolean;
  /** The organisation's list of matters that can never stay off the record; defaults to DEFAULT_NEVER_OFF_RECORD. */
  neverOffRecordMatters?: string[];
  /** The rules alone, without the trained model (to compare the two, and to label the unit cases). */
  rulesOnly?: boolean;
}
