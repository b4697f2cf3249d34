/**
 * Fake defined names scoped to a worksheet (Worksheet.names, ExcelApi 1.4): what src/excel uses
 * to mark the sheets it owns on hosts without worksheet custom properties. Like Excel, a name is
 * kept in the file (it survives closing and reopening the workbook), moves with its sheet when
 * the sheet is renamed and goes when the sheet is deleted; a constant formula `="text"` has the
 * text as its value (learn.microsoft.com, Excel.NamedItemCollection.add: "reference: the
 * formula or the range that the name will refer to"; Excel.NamedItem.value: "the value
 * computed by the name's formula").
 */
import { type CommandQueue, FakeClientObject } from "./context";
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import type { SheetModel } from "./model";
import type { HostNamedItem, HostNamedItemCollection } from "../../../src/excel/host";

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/**
 * Excel's rules for a defined name: a letter, "_" or "\" first, then letters, digits, "_" and
 * ".", at most 255 characters, and never something that reads as a cell reference (A1, R1C1)
 * (support.microsoft.com, "Names in formulas": syntax rules for names).
 */
export function checkDefinedName(name: string): void {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255 || cellLike) {
    throw invalidArgument(`invalid name "${name}"`);
  }
}

/** The value Excel computes for a name's formula: the text of `="..."`, else the formula. */
function valueOf(formula: string): string {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  return text ? text[1].replace(/""/g, '"') : formula.replace(/^=/, "");
}

class FakeNamedItem extends FakeClientObject implements HostNamedItem {
  private resolved?: NameModel | null;
  constructor(
    queue: CommandQueue,
    private readonly lookup: () => NameModel | null
  ) {
    super(queue);
    queue.enqueue("namedItem.resolve", () => void (this.resolved = this.lookup()));
  }
  get isNullObject(): boolean {
    if (this.resolved === undefined) throw propertyNotLoaded("isNullObject");
    return this.resolved === null;
  }
  protected snapshot(property: string): unknown {
    const n = this.resolved ?? this.lookup();
    if (n === null) return null;
    switch (property) {
      case "name":
      case "visible":
        return n[property];
      case "value":
        return valueOf(n.formula);
      default:
        throw invalidArgument(`the fake NamedItem has no property "${property}"`);
    }
  }
  load(propertyNames: string | string[]): FakeNamedItem {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get value(): string {
    return this.loadedValue("value");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(v: boolean) {
    this.queue.enqueue("namedItem.visible", () => {
      const n = this.resolved ?? this.lookup();
      if (!n) throw new FakeOfficeError("ItemNotFound", "the name does not exist");
      n.visible = v;
    });
  }
}

export class FakeNamedItemCollection implements HostNamedItemCollection {
  constructor(
    private readonly queue: CommandQueue,
    private readonly sheet: () => SheetModel
  ) {}
  add(name: string, reference: string, comment = ""): HostNamedItem {
    this.queue.enqueue(
      `names.add ${name}`,
      () => {
        checkDefinedName(name);
        const names = this.sheet().names;
        if (names.has(name.toLowerCase())) {
          throw new FakeOfficeError("ItemAlreadyExists", `the name "${name}" already exists`);
        }
        if (!reference.startsWith("=")) throw invalidArgument("the fake takes formulas only");
        names.set(name.toLowerCase(), { name, formula: reference, comment, visible: true });
      },
      [name, reference, comment]
    );
    return this.getItemOrNullObject(name);
  }
  getItemOrNullObject(name: string): HostNamedItem {
    return new FakeNamedItem(this.queue, () => this.sheet().names.get(name.toLowerCase()) ?? null);
  }
}
