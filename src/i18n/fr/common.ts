/** common strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const common = {
  kind: {
    transactions: "Transactions",
    customers: "Clients",
    contacts: "Contacts",
    summary: "Synthèse clients",
  },
  field: {
    customerId: "n° client",
    date: "date",
    amount: "montant (ou quantité et prix unitaire)",
    quantity: "quantité",
    unitPrice: "prix unitaire",
    invoiceId: "n° facture",
    product: "produit",
    category: "catégorie",
    channel: "canal",
    name: "nom",
    firstPurchase: "date de premier achat",
    campaign: "campagne",
    group: "groupe (ciblé / témoin)",
    contactDate: "date de contact",
    cost: "coût par contact",
    converted: "converti",
    revenue: "chiffre d'affaires",
  },
  dateOrder: {
    dmy: "jj/mm/aaaa",
    mdy: "mm/jj/aaaa",
    iso: "dates Excel ou aaaa-mm-jj",
  },
  analysis: {
    skipped: {
      noTransactions:
        "RFM et LTV non calculés : aucune feuille de transactions avec un n° client, une date et un montant n’a été trouvée",
      sheetHasNoRows:
        "RFM et LTV non calculés : la feuille de transactions {{sheet}} a une ligne d’en-tête mais aucune ligne en dessous",
      noRowsBeforeAsOf:
        "RFM et LTV non calculés : la feuille de transactions {{sheet}} n’a aucune ligne datée du {{asOf}} ou avant (la date d’analyse) : choisissez une date d’analyse plus tardive",
      noContacts:
        "Uplift et indicateurs de campagne non calculés : aucune feuille de contacts avec un n° client, une campagne, un groupe et une date de contact n’a été trouvée",
    },
    stage: {
      rfm: "Calcul des scores RFM",
      migration: "Migration des segments",
      ltv: "Ajustement des modèles de LTV",
      uplift: "Uplift des campagnes",
      campaigns: "Indicateurs de campagne",
    },
  },
  cli: {
    title: "CRM Analytics : {{files}}",
    sheetsUsed: "Feuilles utilisées :",
    sheetUsed: "  {{kind}} : {{sheet}} (en-tête ligne {{row}}, dates lues en {{dateOrder}})",
    asOf: "Date d'analyse : {{date}}",
    rows: "Lignes lues : {{read}}, utilisées : {{used}}, exclues : {{excluded}}",
    excludedLine: "  {{label}} ({{sheet}}) : {{count}}, lignes {{rows}}",
    mappingChoice: "    {{field}} : colonne {{used}} utilisée ; possible aussi : {{alternatives}}",
    mappingColumn: "{{column}} « {{header}} »",
    flaggedLine: "  {{label}} ({{sheet}}) : {{count}} (conservées)",
    warnings: "Avertissements :",
    warningLine: "  {{message}}",
    moreWarnings: "  ... et {{count}} autres",
    jsonWritten: "Résumé JSON écrit dans {{path}}",
    deckWritten: "Présentation écrite dans {{path}} ({{slides}} diapositives)",
    reportWritten: "Classeur de rapport écrit dans {{path}} (feuilles : {{sheets}})",
    failed: "Erreur : {{message}}",
    internalError: "Erreur interne : {{message}}",
    usage:
      "Usage : crm-analytics analyze <classeur.xlsx | fichier.csv ...> [--customers FEUILLE] [--transactions FEUILLE] [--contacts FEUILLE] [--as-of AAAA-MM-JJ] [--rfm-bins 5] [--segment-map classic|tiers3|bands] [--calibration-end AAAA-MM-JJ] [--time-unit day|week|month] [--horizon 12] [--discount 0.01] [--margin 1] [--conversion-window 30] [--control-share 0.1] [--lang en|fr] [--culture fr-FR] [--date-order dmy|mdy] [--currency EUR|GBP|USD|...] [--returns net|exclude] [--out rapport.xlsx] [--json resume.json] [--deck presentation.pptx] [--teaching [--no-answers]]",
  },
} as const;
export default common;
