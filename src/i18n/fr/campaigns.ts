/** campaigns strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const campaigns = {
  labels: {
    channel: "Canal",
    month: "Mois",
    contacts: "Contacts",
    customersContacted: "Clients contactés",
    controlCustomers: "Clients témoins",
    rank: "Rang",
    campaign: "Campagne",
    firstContact: "Premier contact",
    lastContact: "Dernier contact",
    coverage: "Couverture des clients actifs ({{year}} à date)",
    activeCustomers: "Clients actifs",
    contactedActive: "Clients actifs contactés",
    conversion: "Conversion sous {{days}} jours",
    category: "Catégorie ou produit",
    buyersShare: "Part des clients qui l'ont acheté",
    contacted: "Clients contactés",
    notContacted: "Clients non contactés",
    all: "Tous les clients",
    revenuePerCustomer: "CA par client",
    dailyUplift: "Uplift cumulé par jour depuis le contact",
    daysSinceContact: "Jours depuis le contact",
    noChannel: "(sans canal)",
  },
  notes: {
    coverage:
      "Actif = les clients actifs du tableau de bord au {{asOf}} ; contacté = ciblé au moins une fois depuis le 1er janvier.",
    contactedVsAll: "CA net du {{from}} au {{to}} ; contacté = ciblé sur cette période.",
    novelty: "Un écart qui se referme au fil des jours révèle un effet de nouveauté.",
  },
  warnings: {
    noContacts: "Pas de feuille de contacts : les indicateurs de campagne en ont besoin.",
    noTransactions:
      "Pas de transactions : couverture, catégories achetées et CA par client ne peuvent pas être calculés.",
  },
} as const;
export default campaigns;
