/** Labels of the report's segments sheet (fr); keys must match the other language (test/i18n.test.ts). */
const segments = {
  title: "Segments : qui ils sont, ce qu'ils valent, que faire",
  subtitle: {
    asOf: "Au {{date}} ; carte des segments : {{map}}.",
    totals: "{{customers}} clients, {{revenue}} de chiffre d'affaires net sur la période.",
    formulas:
      "Clients, chiffre d'affaires et moyennes sont des formules sur le tableau de la feuille RFM.",
  },
  summaryHeading: "Synthèse par segment",
  column: {
    segment: "Segment",
    customers: "Clients",
    // Headers are structured-reference names too: a straight apostrophe there is an escape
    // character, so headers use the typographic one (’).
    customerShare: "Part des clients",
    revenue: "Chiffre d’affaires",
    revenueShare: "Part du chiffre d’affaires",
    recency: "Récence moyenne (jours)",
    frequency: "Fréquence moyenne",
    monetary: "Montant moyen",
    aov: "Panier moyen",
    description: "Qui ils sont",
    action: "Action recommandée",
  },
  chart: {
    shares: "Part du chiffre d'affaires et part des clients",
    customers: "Clients par segment",
    revenue: "Chiffre d'affaires par segment",
    shareAxis: "Part",
    customersAxis: "Clients",
    revenueAxis: "Chiffre d'affaires",
  },
  grid: {
    heading: "Grille R x F : clients par score de récence et de fréquence",
    r: "Score R",
    f: "F {{score}}",
    note: "Lignes : score de récence ({{bins}} = achat le plus récent). Colonnes : score de fréquence ({{bins}} = achats les plus fréquents). Chaque case compte les clients de la feuille RFM ayant ces deux scores.",
  },
  mapGrid: {
    heading: "La carte des segments sur la grille R x F",
    note: "Le segment de chaque case de la grille à 5 scores (la carte ne regarde pas M).",
  },
} as const;
export default segments;
