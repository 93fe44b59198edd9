// `onrecord check`: runs the documentation checker from the command line.
//   plain text on stdin  -> findings for a person to read (line:col, category, span, message, suggestion)
//   --jsonl FILE         -> one {"findings":[...]} line per input line, same order; a bad line exits 2
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CHECKER_CATEGORIES, type CheckerCategory, checkText, type Finding } from '../../common/checker/index';

export interface CheckCommandOptions {
  jsonl?: string;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  disabled?: string[];
}

const KNOWN = new Set<string>(CHECKER_CATEGORIES.map((c) => c.id));

export async function runCheckCommand(opts: CheckCommandOptions): Promise<number> {
  const stderr = opts.stderr ?? process.stderr;
  const unknown = (opts.disabled ?? []).filter((d) => !KNOWN.has(d));
  if (unknown.length > 0) {
    stderr.write(`Unknown category: ${unknown.join(', ')}. Known categories: ${[...KNOWN].join(', ')}\n`);
    return 2;
  }
  const disabledCategories = (opts.disabled ?? []) as CheckerCategory[];
  if (opts.jsonl !== undefined) return checkJsonl(opts.jsonl, disabledCategories, opts.stdout, stderr);

  const text = await readAll(opts.stdin);
  const findings = checkText(text, { disabledCategories });
  await write(opts.stdout, formatForPeople(text, findings));
  return 0;
}

async function checkJsonl(
  file: string,
  disabledCategories: CheckerCategory[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const failed = new Promise<Error>((resolve) => input.once('error', resolve));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // Validate everything before writing, so a malformed line never leaves a half-written output.
  const out: string[] = [];
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line);
      if (typeof parsed === 'string') {
        stderr.write(`${file}:${lineNo}: ${parsed}\n`);
        return 2;
      }
      const findings = checkText(parsed.text, { disabledCategories, offTheRecord: parsed.offTheRecord });
      out.push(JSON.stringify({ findings: findings.map(toJson) }));
    }
  } catch {
    const err = await failed;
    stderr.write(`Cannot read ${file}: ${err.message}\n`);
    return 2;
  }
  await write(stdout, out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}

/** Returns the text to check, or an error message. */
function parseLine(line: string): { text: string; offTheRecord: boolean } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object with a "text" field';
  const { text, offTheRecord } = value as { text?: unknown; offTheRecord?: unknown };
  if (typeof text !== 'string') return 'the "text" field is missing or not a string';
  return { text, offTheRecord: offTheRecord === true };
}

function toJson(f: Finding) {
  return { category: f.category, start: f.start, end: f.end, message: f.message, suggestion: f.suggestion ?? '' };
}

export function formatForPeople(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  const label = new Map(CHECKER_CATEGORIES.map((c) => [c.id, c.label]));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo] + 1}`;
  };
  const lines = findings.map((f) => {
    const parts = [
      `${where(f.start)}  ${label.get(f.category)} (${f.category})  "${text.slice(f.start, f.end)}"`,
      `    ${f.message}`,
    ];
    if (f.suggestion) parts.push(`    Try: ${f.suggestion}`);
    return parts.join('\n');
  });
  const n = findings.length;
  return `${lines.join('\n')}\n${n} finding${n === 1 ? '' : 's'}.\n`;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return chunks.join('');
}

function write(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (data === '') return resolve();
    stream.write(data, (err) => (err ? reject(err) : resolve()));
  });
}
