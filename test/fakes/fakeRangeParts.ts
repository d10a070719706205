/**
 * What hangs off a range in the Excel fake: its format (font, fill, widths, alignment), its
 * data validation (one rule per rectangle, as Excel refuses a second without clearing) and its
 * conditional formats. Writes apply when the batch syncs, like every fake command.
 */
import type { XlConditionalFormat, XlConditionalFormats, XlDataValidation, XlFill, XlFont, XlRangeFormat } from "../../src/workbook/excel/xlTypes";
import { intersects } from "./address";
import { FakeClientResult, FakeObject } from "./fakeContext";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import type { FakeRange } from "./fakeRange";
import type { ConditionalFormatState, ValidationState } from "./fakeSheet";
import { fakeError } from "./fakeState";

/** `range.format`. */
export class FakeRangeFormat extends FakeObject implements XlRangeFormat {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get font(): XlFont {
    return this.child("font", () => new FakeFont(this.ctx, this.range));
  }
  get fill(): XlFill {
    return this.child("fill", () => new FakeFill(this.ctx, this.range));
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.ctx.queue(8, () => {
      const { sheet, rect } = this.range.where();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(wrapText: boolean) {
    this.range.styleCells({ wrapText });
  }
  get verticalAlignment(): unknown {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(verticalAlignment: unknown) {
    this.range.styleCells({ verticalAlignment });
  }
  get horizontalAlignment(): unknown {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(horizontalAlignment: unknown) {
    this.range.styleCells({ horizontalAlignment });
  }
}

/** `range.format.font`. */
class FakeFont extends FakeObject implements XlFont {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.range.styleCells({ bold });
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(italic: boolean) {
    this.range.styleCells({ italic });
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.range.styleCells({ color });
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(size: number) {
    this.range.styleCells({ size });
  }
  get underline(): unknown {
    return this.loaded("underline");
  }
  set underline(underline: unknown) {
    this.range.styleCells({ underline });
  }
}

/** `range.format.fill`. */
class FakeFill extends FakeObject implements XlFill {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(fill: string) {
    this.range.styleCells({ fill });
  }
}

/** `range.dataValidation`: one rule per rectangle. */
export class FakeDataValidation extends FakeObject implements XlDataValidation {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get type(): string {
    return this.loaded("type");
  }
  get rule(): unknown {
    return this.loaded("rule");
  }
  set rule(rule: unknown) {
    this.ctx.queue(jsonBytes(rule), () => {
      const { sheet, rect } = this.range.where();
      if (sheet.validationType(rect) !== "None") throw fakeError("InvalidOperation", "Clear the existing data validation before setting a new rule.");
      sheet.validations.push({ rect, rule });
    });
  }
  get errorAlert(): unknown {
    return this.loaded("errorAlert");
  }
  set errorAlert(alert: unknown) {
    this.ctx.queue(jsonBytes(alert), () => {
      const { sheet, rect } = this.range.where();
      for (const v of sheet.validations as ValidationState[]) if (intersects(v.rect, rect)) v.errorAlert = alert;
    });
  }
  /** Removes every rule over the range, as Excel's `clear()` does (cells outside it keep theirs). */
  clear(): void {
    this.ctx.queue(16, () => {
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
  ) {
    super(ctx);
  }

  add(type: "Custom"): XlConditionalFormat {
    let created: ConditionalFormatState | undefined;
    this.ctx.queue(type.length, () => {
      const { sheet, rect } = this.range.where();
      created = { rect, formula: "" };
      sheet.conditionalFormats.push(created);
    });
    const ctx = this.ctx;
    const edit = (bytes: number, change: (cf: ConditionalFormatState) => void): void =>
      ctx.queue(bytes, () => {
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
            edit(jsonBytes(formula), (cf) => (cf.formula = formula));
          },
        },
        format: {
          fill: {
            get color(): string {
              return notLoaded();
            },
            set color(fill: string) {
              edit(jsonBytes(fill), (cf) => (cf.fill = fill));
            },
          },
          font: {
            get color(): string {
              return notLoaded();
            },
            set color(fontColor: string) {
              edit(jsonBytes(fontColor), (cf) => (cf.fontColor = fontColor));
            },
          },
        },
      },
    };
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => {
      const { sheet, rect } = this.range.where();
      return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length;
    });
  }
}
