/**
 * The workbook proxy of the Excel fake with its defined names.
 */
import type { XlNamedItem, XlRange, XlWorkbook } from "../../src/workbook/excel/xlTypes";
import { FakeObject } from "./fakeObject";
import type { FakeContext } from "./fakeContext";
import type { ObjectPath } from "./fakeRequest";
import { FakeRange } from "./fakeRange";
import { fakeError } from "./fakeState";
import { FakeTables } from "./fakeTable";
import { FakeWorksheets } from "./fakeWorksheet";

/** Builds the workbook proxy of a context; its collections are made when first used, as in Office.js. */
export function fakeWorkbook(ctx: FakeContext): { workbook: XlWorkbook } {
  let worksheets: FakeWorksheets | undefined;
  let tables: FakeTables | undefined;
  let names: FakeNames | undefined;
  return {
    workbook: {
      get worksheets() {
        return (worksheets ??= new FakeWorksheets(ctx, ctx.instantiate("property", "Worksheets", ctx.root)));
      },
      get tables() {
        return (tables ??= new FakeTables(ctx, ctx.instantiate("property", "Tables", ctx.root)));
      },
      get names() {
        return (names ??= new FakeNames(ctx, ctx.instantiate("property", "Names", ctx.root)));
      },
    },
  };
}

/** The workbook's defined names. */
class FakeNames extends FakeObject {
  get items(): FakeNamedItem[] {
    return this.loaded("items");
  }

  add(name: string, reference: XlRange | string, comment?: string): unknown {
    const target = typeof reference === "string" ? reference : { ObjectPathId: (reference as FakeRange).path.id };
    this.invoke("Add", [name, target, comment ?? null], () => {
      const key = name.toLowerCase();
      if (this.ctx.state.names.has(key)) throw fakeError("ItemAlreadyExists", `The name ${name} exists`);
      const refersTo = typeof reference === "string" ? reference.replace(/^=/, "") : (reference as FakeRange).absoluteAddress();
      this.ctx.state.names.set(key, { name, formula: `=${refersTo}` });
    });
    return {};
  }

  getItem(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name.toLowerCase(), this.via("indexer", "", [name]));
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return [...this.ctx.state.names.keys()].map((key) => new FakeNamedItem(this.ctx, key, this.ctx.itemPath(this.path, key)));
    return super.navigate(name);
  }
}

/** One defined name. */
class FakeNamedItem extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get name(): string {
    return this.loaded("name");
  }
  get formula(): unknown {
    return this.loaded("formula");
  }
  delete(): void {
    this.invoke("Delete", [], () => {
      if (!this.ctx.state.names.delete(this.key)) throw fakeError("ItemNotFound", `No name ${this.key}`);
    });
  }
  protected override read(name: string): unknown {
    const item = this.ctx.state.names.get(this.key);
    if (!item) throw fakeError("ItemNotFound", `No name ${this.key}`);
    if (name === "name") return item.name;
    if (name === "formula") return item.formula;
    return super.read(name);
  }
}
