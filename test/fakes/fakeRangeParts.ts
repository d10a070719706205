/**
 * What hangs off a range in the Excel fake: its format (font, fill, widths, alignment), its
 * data validation (one rule per rectangle, as Excel refuses a second without clearing) and its
 * conditional formats. Writes apply when the batch syncs, like every fake command.
 */
import type { XlConditionalFormat, XlConditionalFormats, XlDataValidation, XlFill, XlFont, XlRangeFormat } from "../../src/workbook/excel/xlTypes";
import { intersects } from "./address";
import { FakeClientResult, FakeObject } from "./fakeObject";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import type { FakeRange } from "./fakeRange";
import type { ObjectPath } from "./fakeRequest";
import type { ConditionalFormatState, ValidationState } from "./fakeSheet";
import { fakeError } from "./fakeState";

/** `range.format`. */
export class FakeRangeFormat extends FakeObject implements XlRangeFormat {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get font(): XlFont {
    return this.child("font", () => new FakeFont(this.ctx, this.range, this.via("property", "Font")));
  }
  get fill(): XlFill {
    return this.child("fill", () => new FakeFill(this.ctx, this.range, this.via("property", "Fill")));
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("ColumnWidth", points, () => {
      const { sheet, rect } = this.range.where();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(wrapText: boolean) {
    this.range.styleCells(this.path, "WrapText", wrapText, { wrapText });
  }
  get verticalAlignment(): unknown {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(verticalAlignment: unknown) {
    this.range.styleCells(this.path, "VerticalAlignment", verticalAlignment, { verticalAlignment });
  }
  get horizontalAlignment(): unknown {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(horizontalAlignment: unknown) {
    this.range.styleCells(this.path, "HorizontalAlignment", horizontalAlignment, { horizontalAlignment });
  }
}

/** `range.format.font`. */
class FakeFont extends FakeObject implements XlFont {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.range.styleCells(this.path, "Bold", bold, { bold });
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(italic: boolean) {
    this.range.styleCells(this.path, "Italic", italic, { italic });
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.range.styleCells(this.path, "Color", color, { color });
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(size: number) {
    this.range.styleCells(this.path, "Size", size, { size });
  }
  get underline(): unknown {
    return this.loaded("underline");
  }
  set underline(underline: unknown) {
    this.range.styleCells(this.path, "Underline", underline, { underline });
  }
}

/** `range.format.fill`. */
class FakeFill extends FakeObject implements XlFill {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(fill: string) {
    this.range.styleCells(this.path, "Color", fill, { fill });
  }
}

/** `range.dataValidation`: one rule per rectangle. */
export class FakeDataValidation extends FakeObject implements XlDataValidation {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get type(): string {
    return this.loaded("type");
  }
  get rule(): unknown {
    return this.loaded("rule");
  }
  set rule(rule: unknown) {
    this.set("Rule", rule, () => {
      const { sheet, rect } = this.range.where();
      if (sheet.validationType(rect) !== "None") throw fakeError("InvalidOperation", "Clear the existing data validation before setting a new rule.");
      sheet.validations.push({ rect, rule });
    });
  }
  get errorAlert(): unknown {
    return this.loaded("errorAlert");
  }
  set errorAlert(alert: unknown) {
    this.set("ErrorAlert", alert, () => {
      const { sheet, rect } = this.range.where();
      for (const v of sheet.validations as ValidationState[]) if (intersects(v.rect, rect)) v.errorAlert = alert;
    });
  }
  /** Removes every rule over the range, as Excel's `clear()` does (cells outside it keep theirs). */
  clear(): void {
    this.invoke("Clear", [], () => {
      const { sheet, rect } = this.range.where();
      const kept = sheet.validations.filter((v) => !intersects(v.rect, rect));
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }
  protected override read(name: string): unknown {
    const { sheet, rect } = this.range.where();
    if (name === "type") return sheet.validationType(rect);
    // Excel gives the rule of a range one rule covers, and an empty rule otherwise.
    if (name === "rule") return sheet.validationType(rect) === "List" ? sheet.validations.find((v) => intersects(v.rect, rect))?.rule : {};
    return super.read(name);
  }
}

/** `range.conditionalFormats`. */
export class FakeConditionalFormats extends FakeObject implements XlConditionalFormats {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  add(type: "Custom"): XlConditionalFormat {
    let created: ConditionalFormatState | undefined;
    this.ctx.later(() => {
      const { sheet, rect } = this.range.where();
      created = { rect, formula: "" };
      sheet.conditionalFormats.push(created);
    });
    const ctx = this.ctx;
    // The format, its custom part, its rule and format, font and fill: each a proxy of its own.
    const format = this.via("method", "Add", [type]);
    const custom = ctx.instantiate("property", "Custom", format);
    const rule = ctx.instantiate("property", "Rule", custom);
    const customFormat = ctx.instantiate("property", "Format", custom);
    const fill = ctx.instantiate("property", "Fill", customFormat);
    const font = ctx.instantiate("property", "Font", customFormat);
    const edit = (target: ObjectPath, name: string, value: unknown, change: (cf: ConditionalFormatState) => void): void =>
      ctx.call(target, "setProperty", name, jsonBytes(value), () => {
        if (!created) throw fakeError("InvalidOperation", "The conditional format was not created.");
        change(created);
      });
    const notLoaded = (): never => {
      throw fakeError("PropertyNotLoaded", "Conditional format properties are write-only in the fake.");
    };
    return {
      custom: {
        rule: {
          get formula(): string {
            return notLoaded();
          },
          set formula(formula: string) {
            edit(rule, "Formula", formula, (cf) => (cf.formula = formula));
          },
        },
        format: {
          fill: {
            get color(): string {
              return notLoaded();
            },
            set color(fillColor: string) {
              edit(fill, "Color", fillColor, (cf) => (cf.fill = fillColor));
            },
          },
          font: {
            get color(): string {
              return notLoaded();
            },
            set color(fontColor: string) {
              edit(font, "Color", fontColor, (cf) => (cf.fontColor = fontColor));
            },
          },
        },
      },
    };
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, this.path, "GetCount", () => {
      const { sheet, rect } = this.range.where();
      return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length;
    });
  }
}
