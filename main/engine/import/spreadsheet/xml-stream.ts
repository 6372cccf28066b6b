import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
  /** Local names: `x:row` and `row` are the same element (OpenXML SDK writers use prefixes). */
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The attribute `name` whatever its prefix (`r:id`, `table:name`). */
export function attribute(
  attributes: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  for (const key of Object.keys(attributes)) if (localName(key) === name) return attributes[key];
  return undefined;
}

function parserFor(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) parser.on('text', text);
  return parser;
}

/** Streams XML through saxes; for the small parts and for .ods content (any layout). */
export async function readXml(stream: Readable, handlers: XmlHandlers): Promise<void> {
  const parser = parserFor(handlers);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/** The same over a string (a part already read whole). */
export function readXmlText(xml: string, handlers: XmlHandlers): void {
  parserFor(handlers).write(xml).close();
}
