/** Le mois en contexte (comparaisons de périodes, feuille Historique) (fr). Mêmes clés que en. */
const context = {
  period: {
    yearToDate: "{{from}}–{{to}} {{year}}",
    role: {
      thisMonth: "Ce mois : {{period}}",
      lastMonth: "Mois précédent : {{period}}",
      sameMonthLastYear: "Même mois l'an dernier : {{period}}",
      yearToDate: "Depuis le 1er janvier : {{period}}",
      lastYearToDate: "Même période l'an dernier : {{period}}",
    },
    versus: "{{current}} vs {{previous}}",
    missing: "{{period}} : pas de chiffres, les données commencent le {{dataFrom}}",
  },
  kpi: {
    customers: "Clients (en fin de période)",
    activeCustomers: "Clients actifs (achat dans la période)",
    revenue: "Chiffre d'affaires",
    orders: "Commandes",
    aov: "Panier moyen",
    repeatRate: "Taux de réachat (en fin de période)",
    coverage: "Couverture des contacts (en fin de période)",
  },
  dashboard: {
    heading: "Le mois en contexte",
    period: "Période",
    comparison: "Évolution",
    valuesNote:
      "Ce mois = le dernier mois civil complet avant la date d'analyse. Évolutions : % relatif pour les nombres et montants, points pour les taux ; formules sur les chiffres ci-dessus.",
  },
};

export default context;
