/**
 * Every user-visible string, by language and namespace. Each area of the code owns one
 * namespace file per language; this file only gathers them.
 */
import enCommon from "./en/common";
import enProblems from "./en/problems";
import enQuality from "./en/quality";
import enRfm from "./en/rfm";
import enLtv from "./en/ltv";
import enUplift from "./en/uplift";
import enCampaigns from "./en/campaigns";
import enReport from "./en/report";
import enPane from "./en/pane";
import enContext from "./en/context";
import enWarehouse from "./en/warehouse";
import enTeaching from "./en/teaching";
import enPostgres from "./en/postgres";
import frCommon from "./fr/common";
import frProblems from "./fr/problems";
import frQuality from "./fr/quality";
import frRfm from "./fr/rfm";
import frLtv from "./fr/ltv";
import frUplift from "./fr/uplift";
import frCampaigns from "./fr/campaigns";
import frReport from "./fr/report";
import frPane from "./fr/pane";
import enDeck from "./en/deck";
import enDeckSlides from "./en/deckSlides";
import frDeck from "./fr/deck";
import frDeckSlides from "./fr/deckSlides";
import enDeckPane from "./en/deckPane";
import frDeckPane from "./fr/deckPane";
import frContext from "./fr/context";
import frWarehouse from "./fr/warehouse";
import frTeaching from "./fr/teaching";
import frPostgres from "./fr/postgres";
import enSummarySheet from "./en/summarySheet";
import frSummarySheet from "./fr/summarySheet";

export const languages = ["en", "fr"] as const;
export type Language = (typeof languages)[number];

export const namespaces = [
  "common",
  "problems",
  "quality",
  "rfm",
  "ltv",
  "uplift",
  "campaigns",
  "report",
  "pane",
  "context",
  "warehouse",
  "teaching",
  "deck",
  "deckSlides",
  "postgres",
  "summarySheet",
  "deckPane",
] as const;
export type Namespace = (typeof namespaces)[number];

/** A namespace's strings: nested objects of strings, with i18next {{placeholders}}. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

export const resources: Record<Language, Record<Namespace, StringTree>> = {
  en: {
    common: enCommon,
    problems: enProblems,
    quality: enQuality,
    rfm: enRfm,
    ltv: enLtv,
    uplift: enUplift,
    campaigns: enCampaigns,
    report: enReport,
    pane: enPane,
    context: enContext,
    warehouse: enWarehouse,
    teaching: enTeaching,
    deck: enDeck,
    deckSlides: enDeckSlides,
    postgres: enPostgres,
    summarySheet: enSummarySheet,
    deckPane: enDeckPane,
  },
  fr: {
    common: frCommon,
    problems: frProblems,
    quality: frQuality,
    rfm: frRfm,
    ltv: frLtv,
    uplift: frUplift,
    campaigns: frCampaigns,
    report: frReport,
    pane: frPane,
    context: frContext,
    warehouse: frWarehouse,
    teaching: frTeaching,
    deck: frDeck,
    deckSlides: frDeckSlides,
    postgres: frPostgres,
    summarySheet: frSummarySheet,
    deckPane: frDeckPane,
  },
};
