/**
 * Canonical JSON in the manner of RFC 8785 (JCS): the same value always gives the same bytes,
 * whoever serialises it, so hashes and signatures over a record entry are reproducible offline.
 *
 * - object keys sorted by UTF-16 code units (JavaScript's default string order), no whitespace;
 * - strings (values and keys) NFC-normalised, so "é" typed as one or two code points is one text;
 * - numbers in ECMAScript shortest form (what JSON.stringify prints; -0 becomes 0);
 * - `undefined` object properties omitted, as JSON.stringify does.
 *
 * Anything that JSON cannot carry faithfully is refused with an Error rather than silently
 * changed: NaN/Infinity, lone surrogates, non-plain objects (Date, Map, Buffer, class instances),
 * functions, symbols, bigints, `undefined` in arrays or at the top, cycles.
 */

export function canonicalJson(value: unknown): string {
  return write(value, new Set(), '$');
}

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

// With the u flag a well-formed surrogate pair is one code point outside this range,
// so only lone (ill-formed) surrogates match.
const loneSurrogate = /[\uD800-\uDFFF]/u;

function text(s: string, path: string): string {
  if (loneSurrogate.test(s)) throw new Error(`canonicalJson: lone surrogate in string at ${path}`);
  // JSON.stringify escapes exactly what JCS requires: ", \, and control characters.
  return JSON.stringify(s.normalize('NFC'));
}

function write(value: unknown, ancestors: Set<object>, path: string): string {
  switch (typeof value) {
    case 'string':
      return text(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonicalJson: ${value} is not a JSON number at ${path}`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new Error(`canonicalJson: cannot serialise ${typeof value} at ${path}`);
  }
  if (value === null) return 'null';
  if (ancestors.has(value)) throw new Error(`canonicalJson: cycle at ${path}`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.map((item, i) => {
        if (item === undefined) throw new Error(`canonicalJson: undefined array item at ${path}[${i}]`);
        return write(item, ancestors, `${path}[${i}]`);
      });
      return `[${items.join(',')}]`;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (proto?.constructor as { name?: string } | undefined)?.name ?? 'unknown';
      throw new Error(`canonicalJson: not a plain object (${name}) at ${path}`);
    }
    const members: [string, string][] = [];
    const seen = new Set<string>();
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const k = key.normalize('NFC');
      // Two keys that differ only in normalisation would collide after NFC: refuse, never pick one.
      if (seen.has(k)) throw new Error(`canonicalJson: duplicate key after NFC normalisation: ${JSON.stringify(k)} at ${path}`);
      seen.add(k);
      members.push([k, `${text(key, path)}:${write(item, ancestors, `${path}.${key}`)}`]);
    }
    members.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `{${members.map((m) => m[1]).join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
