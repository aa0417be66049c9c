import { describe, expect, it } from 'vitest';
import { csvSeparator, toCsv } from './csv.js';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('separates with semicolons where spreadsheets expect them, quoting cells that hold one', () => {
    expect(csvSeparator('en')).toBe(',');
    expect(csvSeparator('fr')).toBe(';');
    expect(csvSeparator('it')).toBe(';');
    expect(toCsv([['Rossi; Anna', 'Milano, centro']], ';')).toBe(
      '\uFEFF"Rossi; Anna";Milano, centro\r\n',
    );
  });

  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe(`${BOM}a,1\r\nb,2\r\n`);
  });

  it('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv([['Dupont, Marie', 'Garage "Le Lion"', 'line\nbreak', 'plain']])).toBe(
      `${BOM}"Dupont, Marie","Garage ""Le Lion""","line\nbreak",plain\r\n`,
    );
  });

  it('writes an empty cell for a missing value or a number that is not one', () => {
    expect(toCsv([['a', null, Number.NaN, 0.25]])).toBe(`${BOM}a,,,0.25\r\n`);
  });

  it('keeps accents as they are and writes empty rows as blank lines', () => {
    expect(toCsv([['Zoë Müller', 'Łódź'], [], ['x']])).toBe(`${BOM}Zoë Müller,Łódź\r\n\r\nx\r\n`);
  });

  it('turns text a spreadsheet would run as a formula into plain text', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a', 'a=b'], [-3]])).toBe(
      `${BOM}"'=HYPERLINK(""x"")",'+1,'-2,'@a,a=b\r\n-3\r\n`,
    );
  });
});
