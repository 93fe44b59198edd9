// Stands in for common/checker/index.ts while the checker's unit tests run (see harvest.ts): every
// text the tests check is answered by the rules alone — which the tests hold to — and recorded.
import { appendFileSync } from 'node:fs';
import * as real from '../../common/checker/index';
import type { CheckOptions } from '../../common/checker/types';

export * from '../../common/checker/index';

const out = process.env.CHECKER_CASES_OUT as string;

export function checkText(text: string, options: CheckOptions = {}) {
  const found = real.checkText(text, { ...options, rulesOnly: true });
  const plain = !options.disabledCategories?.length && options.neverOffRecordMatters === undefined;
  if (plain && typeof text === 'string' && text.length > 0 && text.length < 2000) {
    const labels = [...new Set(found.map((f) => f.category))].sort();
    appendFileSync(out, `${JSON.stringify({ text, labels, offTheRecord: options.offTheRecord === true })}\n`);
  }
  return found;
}
