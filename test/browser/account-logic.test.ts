import { describe, expect, it } from 'vitest';
import { parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import { accountTexts } from '../../web/src/account/texts.ts';
import { orgNrProblem, serverFieldText } from '../../web/src/account/validation.ts';

// The account pages' pure logic, run in Node (no browser needed).

const a = accountTexts.sv;

describe('account texts', () => {
  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(accountTexts.en).sort()).toEqual(Object.keys(accountTexts.sv).sort());
  });
});

describe('organisation number in the browser', () => {
  it.each(['556940-3339', '5569403339', '16556940-3339', '202100-5489', '19740312-1234'])(
    'agrees with the server on %s',
    (nr) => {
      const server = parseOrganisationsnummer(nr);
      expect(orgNrProblem(nr, a) === undefined, nr).toBe(server.ok);
    },
  );

  it('says what is wrong: missing, too short, wrong check digit', () => {
    expect(orgNrProblem('', a)).toBe(a.required);
    expect(orgNrProblem('55694', a)).toBe(a.orgNrLength);
    expect(orgNrProblem('556940-3338', a)).toBe(a.orgNrCheck);
  });

  it('turns server field messages into the form’s own words', () => {
    expect(serverFieldText('body.company.orgNr', 'the check digit does not match', a)).toBe(a.orgNrCheck);
    expect(serverFieldText('body.contact.password', 'Lösenordet är ett av de vanligaste / common', a)).toBe(
      a.passwordCommon,
    );
    expect(serverFieldText('body.password', 'wrong password / fel lösenord', a)).toBe(a.passwordWrong);
  });
});
