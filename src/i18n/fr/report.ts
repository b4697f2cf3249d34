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
    history: "Historique mensuel",
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
    summary: "Synthèse clients",
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
    reconciliation: {
      heading: "Rapprochement",
      revenue: {
        period: "Période du chiffre d'affaires",
        revenue: "Chiffre d'affaires net",
        share: "Part de tout l'historique",
        window: "{{months}} derniers mois (du {{from}} au {{to}} exclu)",
        allHistory: "Tout l'historique (somme des montants RFM)",
        rfmWindow: "Fenêtre RFM depuis le {{from}} (somme des montants RFM)",
      },
      ltv: {
        scope: "Segment",
        customers: "Clients",
        simple: "LTV, formule simple",
        retention: "LTV, formule de rétention",
        model: "CLV, modèle BG/NBD ({{months}} mois)",
        why: "Pourquoi elles diffèrent : la formule simple multiplie panier moyen, achats par an et durée de vie de 1 / (1 − rétention) ; la formule de rétention actualise un chiffre d'affaires annuel sur un avenir illimité ; le modèle ne projette que {{months}} mois, client par client, pondérés par la probabilité que chacun soit encore actif.",
        contradiction:
          "Attention : le modèle contredit les segments. Règle : P(actif) moyenne au-dessus de 90 % alors qu'au moins 10 % des clients évalués sont dans des segments décrochés (deux plus bas scores de récence et de fréquence : Perdus, En hibernation). Ici la P(actif) moyenne est de {{meanPAlive}} (a = {{a}}) alors que {{lapsed}} clients ({{share}}) ont décroché : ne citez pas la CLV du modèle.",
      },
    },
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
