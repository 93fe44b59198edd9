import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { type RecordEntry, entryBytes, entryTypes, parseEntry, textHash } from './entries';
import { sampleEntry, seeded } from './testing';

const base = { v: 1 as const, orgId: 'org_1', at: '2026-03-02T09:30:00.000Z', actorId: 'p_mgr', subjects: ['p_mgr', 'p_rep'] };
const text = 'Agreed: Léa leads the migration.';

describe('record entries', () => {
  it('parse every sample type and serialise to canonical bytes', () => {
    const rnd = seeded(1);
    const seen = new Set<string>();
    for (let i = 0; i < 64; i++) {
      const e = sampleEntry(i, rnd);
      seen.add(e.type);
      const bytes = entryBytes(e);
      expect(parseEntry(bytes)).toEqual(JSON.parse(canonicalJson(e)));
      expect(bytes.length).toBeGreaterThan(200);
      expect(bytes.length).toBeLessThan(700);
    }
    expect(seen.size).toBe(8);
  });

  it('covers the types the record needs, including tombstones and disputes', () => {
    expect(entryTypes).toEqual([
      'minutes.sent',
      'minutes.confirmed',
      'minutes.correction_proposed',
      'minutes.amended',
      'minutes.disputed',
      'minutes.deemed_accepted',
      'meeting.closed',
      'objective.version',
      'objective.acknowledged',
      'weekly_update.sent',
      'record.tombstone',
    ]);
    const h = textHash(text);
    const ok: RecordEntry[] = [
      {
        ...base,
        type: 'minutes.amended',
        data: {
          minutesId: 'm',
          version: 2,
          fromVersion: 1,
          correctionId: 'c',
          text,
          textHash: h,
          reason: 'Accepted the correction',
        },
      },
      {
        ...base,
        type: 'minutes.disputed',
        data: { minutesId: 'm', version: 1, correctionId: 'c', textHash: h, correctionTextHash: textHash('other') },
      },
      { ...base, type: 'record.tombstone', data: { erasedIndex: 12, erasedLeafHash: h, policy: 'retention-7y' } },
    ];
    for (const e of ok) expect(parseEntry(e)).toEqual(e);
  });

  it('hash text in NFC, so the same words typed differently hash alike', () => {
    expect(textHash('Le\u0301a')).toBe(textHash('L\u00e9a'));
    expect(textHash('a')).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
  });

  it('refuse bad entries with a message that names the field', () => {
    const sent = {
      ...base,
      type: 'minutes.sent',
      data: {
        minutesId: 'm',
        meetingId: 'g',
        version: 1,
        recipientId: 'p_rep',
        text,
        textHash: textHash(text),
        respondBy: base.at,
      },
    };
    expect(parseEntry(sent)).toBeTruthy();
    const bad: [unknown, RegExp][] = [
      [{ ...sent, type: 'minutes.deleted' }, /type/],
      [{ ...sent, v: 2 }, /^record entry: v:/],
      [{ ...sent, at: '2026-03-02T10:30:00+01:00' }, /^record entry: at:/],
      [{ ...sent, subjects: [] }, /subjects/],
      [{ ...sent, subjects: ['a', 'a'] }, /distinct/],
      [{ ...sent, extra: 1 }, /Unrecognized key/i],
      [{ ...sent, data: { ...sent.data, textHash: textHash('something else') } }, /data\.textHash: textHash is not the sha256/],
      [{ ...sent, data: { ...sent.data, version: 0 } }, /data\.version/],
      [{ ...sent, data: { ...sent.data, privateNote: 'x' } }, /Unrecognized key/i],
      [{ ...sent, data: { ...sent.data, checkerFindingsIgnored: -1 } }, /checkerFindingsIgnored/],
      [
        {
          ...base,
          type: 'minutes.amended',
          data: { minutesId: 'm', version: 1, fromVersion: 1, text, textHash: textHash(text), reason: 'r' },
        },
        /later version/,
      ],
      [
        {
          ...base,
          type: 'meeting.closed',
          data: { meetingId: 'g', seriesId: 's', text, textHash: textHash(text), actionItems: [], offRecordPoints: 1.5 },
        },
        /offRecordPoints/,
      ],
      ['{not json', /not JSON/],
    ];
    for (const [value, message] of bad) expect(() => parseEntry(value)).toThrow(message);
    expect(() => entryBytes({ ...sent, v: 2 } as unknown as RecordEntry)).toThrow(/v:/);
  });
});
