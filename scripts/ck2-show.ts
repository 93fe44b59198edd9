import { readFileSync } from 'node:fs';
import { checkText } from '../common/checker';
const file = process.argv[2];
const cats = process.argv.slice(3);
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line);
  const f = checkText(o.text, { offTheRecord: o.offTheRecord });
  const found = [...new Set(f.map((x) => x.category))];
  const rel = cats.some((c) => o.labels.includes(c) || found.includes(c));
  if (!rel) continue;
  const ok = cats.every((c) => o.labels.includes(c) === found.includes(c));
  console.log(`${ok ? 'ok ' : 'BAD'} ${o.offTheRecord ? '[OTR] ' : ''}L=${o.labels.join(',')} F=${f.map((x) => x.category + ':' + o.text.slice(x.start, x.end)).join(' | ')}\n    ${o.text}`);
}
