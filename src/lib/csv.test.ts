import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('keeps numbers as plain numbers, including negatives', () => {
    expect(csvCell(273500)).toBe('273500');
    expect(csvCell(-5000)).toBe('-5000');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('leaves missing values empty', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Budi, Jr.')).toBe('"Budi, Jr."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+62812')).toBe("'+62812");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('Siti')).toBe('Siti');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv(
      ['Name', 'Total'],
      [
        ['Zoë', 1000],
        [null, -2],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Name,Total\r\nZoë,1000\r\n,-2\r\n');
  });
});
