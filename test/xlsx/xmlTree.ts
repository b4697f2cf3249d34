/**
 * A minimal XML tree for tests, built with saxes (ExcelJS's own XML parser): parsing fails on
 * malformed XML, which Excel would refuse to open.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root;
}

/** Every descendant element with that qualified name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ]);
}

/** The single descendant with that name; throws when there is none. */
export function findOne(element: XmlElement, name: string): XmlElement {
  const found = findAll(element, name);
  if (found.length === 0) throw new Error(`no <${name}> in <${element.name}>`);
  return found[0];
}
