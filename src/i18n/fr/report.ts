import rfmSheet from "./reportSheets/rfm";
import segmentsSheet from "./reportSheets/segments";
import migrationSheet from "./reportSheets/migration";
import ltvSheet from "./reportSheets/ltv";
import upliftSheet from "./reportSheets/uplift";
import campaignsSheet from "./reportSheets/campaigns";
import dashboardSheet from "./reportSheets/dashboard";
import print from "./reportSheets/print";
/** report strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const report = {
  sheet: {
    dashboard: "Tableau de bord",
    rfm: "RFM",
    segments: "Segments",
    migration: "Migrations",
    ltv: "Valeur client",
    uplift: "Uplift",
    campaigns: "Campagnes",
    dataQuality: "Qualité des données",
    method: "Méthode",
  },
  common: {
    /** Unit of percentage points in number formats ("+0.68 pts"). */
    pointsUnit: "pts",
    total: "Total",
    changeVsPrevious: "vs période précédente",
    generated: "Généré le {{date}} par CRM Analytics pour Excel {{version}}",
  },
  kind: {
    customers: "Clients",
    transactions: "Transactions",
    contacts: "Contacts",
  },
  dataQuality: {
    title: "Qualité des données",
    subtitle:
      "{{used}} lignes sur {{read}} utilisées dans les analyses ; {{excluded}} exclues, listées ci-dessous avec leurs numéros de ligne.",
    sourcesHeading: "Feuilles lues",
    exclusionsHeading: "Lignes exclues, par feuille et par motif",
    flagsHeading: "Lignes conservées mais signalées",
    warningsHeading: "Avertissements",
    nothingExcluded: "Aucune ligne n'a été exclue.",
    chartTitle: "Lignes exclues par motif",
    chartAxis: "Lignes",
    moreRows: "… et {{count}} de plus",
    column: {
      sheet: "Feuille",
      kind: "Type",
      rowsRead: "Lignes lues",
      rowsUsed: "Lignes utilisées",
      rowsExcluded: "Lignes exclues",
      rowsFlagged: "Lignes signalées",
      reason: "Motif",
      rows: "Lignes",
      share: "Part de la feuille",
      firstRows: "Numéros de ligne (20 premiers)",
      explanation: "Pourquoi",
    },
  },
  method: {
    title: "Méthode",
    subtitle:
      "Comment chaque chiffre de ce classeur a été calculé, pour les formateurs et les auditeurs.",
    parametersHeading: "Paramètres",
    sourcesHeading: "Feuilles sources",
    definitionsHeading: "Définitions",
    column: {
      parameter: "Paramètre",
      value: "Valeur",
      term: "Terme",
      definition: "Définition",
    },
    parameter: {
      generatedAt: "Généré le",
      version: "Version",
      language: "Langue",
      currency: "Devise",
    },
    languageName: "Français",
    currency: {
      setting: "{{code}} ({{symbol}}), d'après le paramètre Devise",
      cellFormat: "{{code}} ({{symbol}}), d'après le format des cellules de montant",
      text: "{{code}} ({{symbol}}), d'après les symboles monétaires des cellules de montant",
      culture: "{{code}} ({{symbol}}), d'après les paramètres régionaux du classeur",
      none: "Aucune : les données ne nomment pas de devise ; montants en nombres simples",
    },
    definition: {
      rowsRead: {
        term: "Lignes lues",
        text: "Lignes non vides sous la ligne d'en-tête de chaque feuille source.",
      },
      rowsUsed: {
        term: "Lignes utilisées",
        text: "Lignes utilisées par les analyses. Lignes lues = lignes utilisées + lignes exclues, pour chaque feuille : aucune ligne n'est écartée en silence.",
      },
      rowsExcluded: {
        term: "Lignes exclues",
        text: "Lignes écartées par une règle de nettoyage ; la feuille Qualité des données donne le motif et les 20 premiers numéros de ligne de chaque règle.",
      },
      rowsFlagged: {
        term: "Lignes signalées",
        text: "Lignes conservées dans les analyses mais à vérifier (par exemple les retours déduits des achats).",
      },
      numberFormats: {
        term: "Formats des nombres",
        text: "Les nombres sont enregistrés sans arrondi ; Excel les affiche avec les séparateurs de vos paramètres régionaux.",
      },
    },
  },
  rfmSheet,
  segmentsSheet,
  migrationSheet,
  ltvSheet,
  upliftSheet,
  campaignsSheet,
  dashboardSheet,
  print,
} as const;
export default report;
