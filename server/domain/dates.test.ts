import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDate } from './dates';

const zones = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'America/St_Johns',
];

describe('localDate', () => {
  it('is the calendar date in the zone, across midnight and DST', () => {
    expect(localDate(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-29');
    expect(localDate(new Date('2026-11-24T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-25T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-24');
  });

  it('agrees with Luxon for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (d, z) => {
          expect(localDate(d, z)).toBe(DateTime.fromJSDate(d, { zone: z }).toISODate());
        },
      ),
    );
  });

  it('falls back to UTC for an unknown zone and handles far years', () => {
    expect(localDate(new Date('2026-11-24T23:30:00Z'), 'Not/AZone')).toBe('2026-11-24');
    expect(localDate(new Date('0500-06-01T12:00:00Z'), 'UTC')).toBe('0500-06-01');
  });
});
