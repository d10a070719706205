/**
 * The workbook proxy of the Excel fake with its defined names.
 */
import type { XlNamedItem, XlRange, XlWorkbook } from "../../src/workbook/excel/xlTypes";
import { FakeObject } from "./fakeContext";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import { FakeRange } from "./fakeRange";
import { fakeError } from "./fakeState";
import { FakeTables } from "./fakeTable";
import { FakeWorksheets } from "./fakeWorksheet";

/** Builds the workbook proxy of a context. */
export function fakeWorkbook(ctx: FakeContext): { workbook: XlWorkbook } {
  return {
    workbook: {
      worksheets: new FakeWorksheets(ctx),
      tables: new FakeTables(ctx),
      names: new FakeNames(ctx),
    },
  };
}

/** The workbook's defined names. */
class FakeNames extends FakeObject {
  get items(): FakeNamedItem[] {
    return this.loaded("items");
  }

  add(name: string, reference: XlRange | string, comment?: string): unknown {
    this.ctx.queue(jsonBytes([name, comment ?? null]) + 32, () => {
      const key = name.toLowerCase();
      if (this.ctx.state.names.has(key)) throw fakeError("ItemAlreadyExists", `The name ${name} exists`);
      const target = typeof reference === "string" ? reference.replace(/^=/, "") : (reference as FakeRange).absoluteAddress();
      this.ctx.state.names.set(key, { name, formula: `=${target}` });
    });
    return {};
  }

  getItem(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name.toLowerCase());
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return [...this.ctx.state.names.keys()].map((key) => new FakeNamedItem(this.ctx, key));
    return super.navigate(name);
  }
}

/** One defined name. */
class FakeNamedItem extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.loaded("name");
  }
  get formula(): unknown {
    return this.loaded("formula");
  }
  delete(): void {
    this.ctx.queue(0, () => {
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
