import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExistingPerson, parsePeopleCsv, planImport } from './people-import';

const HEADER = 'name,email,time_zone,manager_email,roles,effective_from';
const plan = (csv: string, existing: ExistingPerson[] = []) =>
  planImport(parsePeopleCsv(csv), new Map(existing.map((p) => [p.email, p])));

describe('people CSV import', () => {
  it('accepts a clean file and plans creations', () => {
    const p = plan(
      `${HEADER}\nAda Boss,ada@x.test,Europe/London,,admin,\nBen Lee,ben@x.test,America/New_York,ada@x.test,,2026-01-05\n`,
    );
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.email, r.action, r.managerEmail, r.roles])).toEqual([
      ['ada@x.test', 'create', null, ['admin']],
      ['ben@x.test', 'create', 'ada@x.test', []],
    ]);
  });

  it('reports every bad row with its line number and reason', () => {
    const csv = [
      HEADER,
      'Ada,ada@x.test,Europe/London,,,',
      'Ben,ben@x.test,Mars/Olympus,ada@x.test,,', // line 3: bad time zone
      'Cy,cy@x.test,UTC,nobody@x.test,,', // line 4: unknown manager
      'Ada Again,ada@x.test,UTC,,,', // line 5: duplicate
      'Dee,dee@x.test,UTC,eve@x.test,,', // line 6-7: cycle
      'Eve,eve@x.test,UTC,dee@x.test,,',
      'Fay,not-an-email,UTC,,boss,', // line 8: bad email and role
    ].join('\n');
    const p = plan(csv);
    const byLine = Object.fromEntries(p.errors.map((e) => [e.line, e.message]));
    expect(byLine[3]).toMatch(/[Tt]ime zone "Mars\/Olympus"/);
    expect(byLine[4]).toMatch(/Unknown manager nobody@x.test/);
    expect(byLine[5]).toMatch(/Duplicate email ada@x.test \(already on line 2\)/);
    expect(byLine[6]).toMatch(/cycle/);
    expect(byLine[7]).toMatch(/cycle/);
    expect(byLine[8]).toMatch(/[Ee]mail "not-an-email".*roles "boss"/);
    expect(p.rows.map((r) => r.email)).toEqual(['ada@x.test']);
  });

  it('resolves managers and cycles against people already in the organisation', () => {
    const existing: ExistingPerson[] = [
      {
        id: '1',
        email: 'top@x.test',
        name: 'Top',
        timeZone: 'UTC',
        isHr: false,
        isAdmin: true,
        managerEmail: 'new@x.test',
        sameOrg: true,
      },
      {
        id: '2',
        email: 'else@y.test',
        name: 'Else',
        timeZone: 'UTC',
        isHr: false,
        isAdmin: false,
        managerEmail: null,
        sameOrg: false,
      },
    ];
    const p = plan(`${HEADER}\nNew,new@x.test,UTC,top@x.test,,\nOther,else@y.test,UTC,,,\n`, existing);
    expect(p.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(p.errors[0].message).toMatch(/cycle/);
    expect(p.errors[1].message).toMatch(/already in use/);
  });

  it('marks unchanged and updated people', () => {
    const existing: ExistingPerson[] = [
      { id: '1', email: 'a@x.test', name: 'A', timeZone: 'UTC', isHr: false, isAdmin: false, managerEmail: null, sameOrg: true },
    ];
    expect(plan(`${HEADER}\nA,a@x.test,UTC,,,\n`, existing).rows[0].action).toBe('unchanged');
    expect(plan(`${HEADER}\nA,a@x.test,UTC,,hr,\n`, existing).rows[0].action).toBe('update');
  });

  it('rejects a bad header with the columns to fix', () => {
    expect(plan('name,mail\nA,a@x.test').errors[0].message).toMatch(
      /missing column\(s\) email, time_zone, manager_email; unknown column\(s\) mail/,
    );
    expect(plan('').errors[0].message).toMatch(/no rows/);
    expect(plan(`${HEADER}\n"unterminated,a@x.test,UTC,,,`).errors[0].message).toMatch(/not valid CSV/);
  });

  it('property: never throws, and every error names a line within the file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('a@x.test', 'UTC', 'hr', '"', ',')), { maxLength: 7 }), {
          maxLength: 12,
        }),
        (cells) => {
          const csv = [HEADER, ...cells.map((r) => r.join(','))].join('\n');
          const p = plan(csv);
          const lines = csv.split('\n').length;
          for (const e of p.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lines + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
