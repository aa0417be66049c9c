import { describe, expect, it } from 'vitest';
import { MalformedFileError } from './malformed-file.js';
import { parseXliff, toXliff } from './xliff.js';

const wrap = (units: string, trgLang = 'pl') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${trgLang}">
  <file id="news">${units}</file>
</xliff>`;

describe('XLIFF 2.0', () => {
  it('reads back what it writes: escaped HTML, placeholders, plural units, notes', () => {
    const xml = toXliff('pl', [
      {
        id: 'news',
        units: [
          {
            id: 'feed.title',
            source: '<strong>News</strong> & more for {{name}}',
            target: '<strong>Aktualności</strong> i więcej dla {{name}} "cytat"',
            notes: ['The heading of the feed', 'At most 40 characters.'],
          },
          { id: 'items_few', source: '{{count}} items', target: '{{count}} elementy', notes: [] },
          { id: 'items_many', source: '{{count}} items', target: null, notes: [] },
        ],
      },
      { id: 'common', units: [{ id: 'save', source: 'Save', target: 'Zapisz', notes: [] }] },
    ]);
    expect(xml).toContain('trgLang="pl"');
    expect(xml).toContain('<file id="news">');
    expect(xml).toContain('&lt;strong&gt;');
    const files = parseXliff(xml, 'pl');
    expect([...files.keys()]).toEqual(['news', 'common']);
    expect(Object.fromEntries(files.get('news')!)).toEqual({
      'feed.title': '<strong>Aktualności</strong> i więcej dla {{name}} "cytat"',
      items_few: '{{count}} elementy',
    });
    expect(files.get('common')!.get('save')).toBe('Zapisz');
  });

  it('joins segments and ignorables, reads units in groups, CDATA and character references', () => {
    const files = parseXliff(
      wrap(`<group id="g"><unit id="intro">
        <segment><source>One.</source><target>Jeden.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>Two.</source><target>Dwa &#x41;&#66; <![CDATA[<i>&amp;</i>]]></target></segment>
      </unit></group>`),
      'pl',
    );
    expect(files.get('news')!.get('intro')).toBe('Jeden. Dwa AB <i>&amp;</i>');
  });

  it('leaves out a unit with an untranslated segment', () => {
    const files = parseXliff(
      wrap(`<unit id="a"><segment><source>A</source><target>A-pl</target></segment>
        <segment><source>B</source></segment></unit>`),
      'pl',
    );
    expect(files.get('news')!.has('a')).toBe(false);
  });

  it.each([
    [
      'a DOCTYPE (no entity is ever expanded)',
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>` +
        `<xliff version="2.0" trgLang="pl"><file id="n"><unit id="k"><segment><source>x</source>` +
        `<target>&b;</target></segment></unit></file></xliff>`,
      /DOCTYPE/,
    ],
    ['broken XML, with its line', wrap('<unit id="a"><segment></unit>'), /^Line 3:/],
    ['another target language', wrap('', 'de'), /for de, not pl/],
    ['XLIFF 1.2', '<xliff version="1.2"><file/></xliff>', /XLIFF 2/],
    ['another document', '<html><body/></html>', /not an <xliff>/],
    [
      'inline codes in a target',
      wrap(
        '<unit id="a"><segment><source>A</source><target>A<ph id="1"/></target></segment></unit>',
      ),
      /<ph> is not expected/,
    ],
    [
      'an entity XML does not define',
      wrap('<unit id="a"><segment><source>A</source><target>&nbsp;</target></segment></unit>'),
      /Unknown entity &nbsp;/,
    ],
    ['a unit without id', wrap('<unit><segment><source>A</source></segment></unit>'), /no id/],
  ])('refuses %s', (_what, content, message) => {
    expect(() => parseXliff(content, 'pl')).toThrow(MalformedFileError);
    expect(() => parseXliff(content, 'pl')).toThrow(message);
  });
});
