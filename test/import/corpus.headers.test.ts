/**
 * Acceptance of `jmp import` on trackers whose header is not one plain row: merged group
 * headings above it (on the second sheet, after an instructions sheet), and a two-row header
 * with money and dates typed as text.
 */
import { describeLayout } from "./acceptance";
import { fundingGroups } from "./layouts/fundingGroups";
import { twoRowHeader } from "./layouts/twoRowHeader";

describeLayout(fundingGroups);
describeLayout(twoRowHeader);
