import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MalformedFileError } from './malformed-file.js';

/**
 * XLIFF 2.0 for translation agencies: one `<file id>` per namespace, one `<unit id>` per
 * flat i18next key, so a plural is a unit per form (`items_one`, `items_few`…), which every
 * CAT tool handles, whereas XLIFF has no plural construct of its own. Texts travel as plain
 * text (their HTML and `{{placeholders}}` escaped), not as inline codes.
 */

const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffUnit {
  id: string;
  source: string;
  /** null when the locale has no text yet. */
  target: string | null;
  /** For the translator: what the string is for, its character limit. */
  notes: string[];
}

export interface XliffFile {
  id: string;
  units: XliffUnit[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

function unitXml({ id, source, target, notes }: XliffUnit): string {
  const noteXml = notes.length
    ? `<notes>${notes.map((note) => `<note>${escapeXml(note)}</note>`).join('')}</notes>`
    : '';
  const targetXml = target === null ? '' : `<target>${escapeXml(target)}</target>`;
  return `    <unit id="${escapeXml(id)}">${noteXml}<segment><source>${escapeXml(source)}</source>${targetXml}</segment></unit>`;
}

/** An XLIFF 2.0 document from English to `trgLang`. */
export function toXliff(trgLang: string, files: XliffFile[]): string {
  const body = files.map(
    (file) =>
      `  <file id="${escapeXml(file.id)}">\n${file.units.map(unitXml).join('\n')}\n  </file>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="${escapeXml(trgLang)}">`,
    ...body,
    '</xliff>',
    '',
  ].join('\n');
}

/** fast-xml-parser's ordered tree: an element is `{ [tag]: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

// Entities are decoded here, not by the parser: only XML's five and character references,
// so that nothing a file declares is ever expanded (documents with a DOCTYPE are refused).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: false,
  cdataPropName: '#cdata',
});

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== '#') {
      const named = NAMED_ENTITIES[name];
      if (named === undefined) throw new MalformedFileError(`Unknown entity ${reference}`);
      return named;
    }
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
    if (code > 0x10ffff) throw new MalformedFileError(`Invalid character ${reference}`);
    return String.fromCodePoint(code);
  });
}

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@')!;
const childrenOf = (node: XmlNode) => node[tagOf(node)] as XmlNode[];
const elements = (nodes: XmlNode[], tag: string) => nodes.filter((node) => tagOf(node) === tag);

function attribute(node: XmlNode, name: string): string | undefined {
  const value = (node[':@'] as Record<string, string> | undefined)?.[name];
  return value === undefined ? undefined : decodeEntities(value);
}

/** The text of `<source>` or `<target>`: inline codes are not part of Piazza's files. */
function textOf(node: XmlNode, where: string): string {
  return childrenOf(node)
    .map((child) => {
      const tag = tagOf(child);
      if (tag === '#text') return decodeEntities(child[tag] as string);
      if (tag === '#cdata') return ((child[tag] as XmlNode[])[0]?.['#text'] as string) ?? '';
      throw new MalformedFileError(`${where}: <${tag}> is not expected in a text`);
    })
    .join('');
}

/**
 * The unit's text in the target language: its segments' targets and its ignorables (their
 * target, else their source) in order; null when a segment has no target.
 */
function unitTarget(unit: XmlNode, where: string): string | null {
  let text = '';
  for (const part of childrenOf(unit)) {
    const tag = tagOf(part);
    if (tag !== 'segment' && tag !== 'ignorable') continue;
    const [target] = elements(childrenOf(part), 'target');
    const [source] = elements(childrenOf(part), 'source');
    if (target) text += textOf(target, where);
    else if (tag === 'ignorable' && source) text += textOf(source, where);
    else return null;
  }
  return text;
}

/** Each `<file id>` with its units' targets by `<unit id>`; MalformedFileError otherwise. */
export function parseXliff(content: string, trgLang: string): Map<string, Map<string, string>> {
  if (/<!DOCTYPE/i.test(content)) throw new MalformedFileError('A DOCTYPE is not allowed');
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    throw new MalformedFileError(`Line ${valid.err.line}: ${valid.err.msg}`);
  }
  const [root, ...others] = (parser.parse(content) as XmlNode[]).filter(
    (node) => tagOf(node) !== '#text',
  );
  if (!root || others.length > 0 || tagOf(root) !== 'xliff') {
    throw new MalformedFileError('The document is not an <xliff> element');
  }
  if (!attribute(root, 'version')?.startsWith('2.')) {
    throw new MalformedFileError('Only XLIFF 2 is read (version="2.0")');
  }
  if (attribute(root, 'trgLang') !== trgLang) {
    throw new MalformedFileError(`The file is for ${attribute(root, 'trgLang')}, not ${trgLang}`);
  }
  const files = new Map<string, Map<string, string>>();
  for (const file of elements(childrenOf(root), 'file')) {
    const fileId = attribute(file, 'id');
    if (!fileId) throw new MalformedFileError('A <file> has no id');
    const targets = files.get(fileId) ?? new Map<string, string>();
    for (const unit of unitsOf(file)) {
      const unitId = attribute(unit, 'id');
      if (!unitId) throw new MalformedFileError(`A <unit> of ${fileId} has no id`);
      const target = unitTarget(unit, `${fileId}:${unitId}`);
      if (target !== null) targets.set(unitId, target);
    }
    files.set(fileId, targets);
  }
  return files;
}

/** A file's units, including those inside `<group>`s. */
function unitsOf(container: XmlNode): XmlNode[] {
  return childrenOf(container).flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'unit') return [child];
    return tag === 'group' ? unitsOf(child) : [];
  });
}
