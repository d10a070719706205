/**
 * Acceptance of `jmp import` on trackers in their keepers' own words: partners spelled several
 * ways with no IDs, a co-op log in portal words, and an events list whose single status column
 * follows each event through its life.
 */
import { describeLayout } from "./acceptance";
import { coopFundLog } from "./layouts/coopFundLog";
import { eventsLifecycle } from "./layouts/eventsLifecycle";
import { partnerSpellings } from "./layouts/partnerSpellings";

describeLayout(partnerSpellings);
describeLayout(coopFundLog);
describeLayout(eventsLifecycle);
