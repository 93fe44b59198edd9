import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from './check';

function sink() {
  const stream = new PassThrough();
  let data = '';
  stream.on('data', (c) => {
    data += c.toString();
  });
  return { stream, text: () => data };
}

const dir = mkdtempSync(join(tmpdir(), 'onrecord-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runCheckCommand', () => {
  it('prints readable findings with line:col for plain text', async () => {
    const out = sink();
    const code = await runCheckCommand({ stdin: Readable.from(['Notes\nHe is always late.\n']), stdout: out.stream });
    expect(code).toBe(0);
    expect(out.text()).toContain('2:7');
    expect(out.text()).toContain('absolute_language');
    expect(out.text()).toContain('"always"');
    expect(out.text()).toContain('Try:');
  });

  it('says so when the text is fine', async () => {
    const out = sink();
    await runCheckCommand({ stdin: Readable.from(['Agreed the Q3 plan; draft due Friday.']), stdout: out.stream });
    expect(out.text()).toBe('No findings.\n');
  });

  it('applies disabled categories', async () => {
    const out = sink();
    await runCheckCommand({ stdin: Readable.from(['He is always late.']), stdout: out.stream, disabled: ['absolute_language'] });
    expect(out.text()).toBe('No findings.\n');
  });

  it('writes one JSON line per input line, in order', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'This is harassment.' })}\n${JSON.stringify({ text: 'All good.' })}\n`);
    const out = sink();
    const code = await runCheckCommand({ jsonl: file, stdin: Readable.from([]), stdout: out.stream });
    expect(code).toBe(0);
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].findings[0]).toMatchObject({ category: 'legal_conclusion', start: 8, end: 18 });
    expect(typeof lines[0].findings[0].message).toBe('string');
    expect(typeof lines[0].findings[0].suggestion).toBe('string');
    expect(lines[1]).toEqual({ findings: [] });
  });

  it('rejects a malformed line with its number and exit code 2', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'ok' })}\n{"text": 12}\n`);
    const out = sink();
    const err = sink();
    const code = await runCheckCommand({ jsonl: file, stdin: Readable.from([]), stdout: out.stream, stderr: err.stream });
    expect(code).toBe(2);
    expect(err.text()).toContain(':2:');
    expect(out.text()).toBe('');
  });

  it('reports a missing file', async () => {
    const err = sink();
    const code = await runCheckCommand({
      jsonl: join(dir, 'nope.jsonl'),
      stdin: Readable.from([]),
      stdout: sink().stream,
      stderr: err.stream,
    });
    expect(code).toBe(2);
    expect(err.text()).toContain('Cannot read');
  });
});
