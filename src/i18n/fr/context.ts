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
  history: {
    title: "Historique : le mois en contexte",
    subtitle:
      "Fins de mois de {{from}} à {{to}} ; segments de la grille en vigueur ({{map}}) à chaque fin de mois, calculés à partir des données (aucun instantané stocké).",
    heading: {
      segmentCustomers: "Clients par segment à chaque fin de mois",
      segmentRevenue:
        "Chiffre d'affaires de chaque mois selon le segment de ses clients en fin de mois",
      buyers: "Nouveaux clients et clients fidèles par mois",
      cohorts: "Cohortes de premier achat : clients qui rachètent k mois après leur premier mois",
      retention: "Rétention : part de chaque cohorte qui achète k mois après son premier mois",
    },
    chart: {
      segmentCustomers: "Clients par segment à chaque fin de mois",
      segmentRevenue: "Chiffre d'affaires par segment, mois par mois",
      buyers: "Nouveaux clients et clients fidèles",
      retention: "Clients qui rachètent k mois après leur premier achat (toutes cohortes)",
    },
    column: {
      monthEnd: "Fin de mois",
      month: "Mois",
      total: "Total",
      unscored: "Pas encore de segment",
      newCustomers: "Nouveaux clients",
      returningCustomers: "Clients fidèles",
      buyers: "Clients acheteurs",
      newRevenue: "CA, nouveaux",
      returningRevenue: "CA, fidèles",
      cohort: "Premier achat",
      cohortCustomers: "Clients",
      monthsAfter: "Mois {{k}}",
      monthsSince: "Mois depuis le premier achat",
      curveCustomers: "Clients des cohortes de cet âge",
      curveActive: "Dont acheteurs ce mois-là",
      curveShare: "Part qui rachète",
    },
    method: {
      comparisons: {
        term: "Le mois en contexte (Tableau de bord)",
        text: "Ce mois = le dernier mois civil terminé avant la date d'analyse ; cumul = du 1er janvier à sa fin, face aux mêmes mois un an plus tôt. Chaque période reprend les indicateurs du Tableau de bord avec la période pour fenêtre : CA, commandes, panier moyen et clients actifs sur la période ; clients, taux de réachat et couverture à sa fin. Évolutions : % relatif pour les nombres et montants, points pour les taux. Une période non couverte par les données (début plus de 7 jours après) n'a pas de chiffres, pas des zéros.",
      },
      monthEnds: {
        term: "Segments, nouveaux clients et clients fidèles par mois",
        text: "Segments à chacune des 12 dernières fins de mois tels que la feuille RFM les donne avec la date d'analyse au 1er du mois suivant (un seul passage sur les données) ; le CA net du mois selon ce segment. Nouveau = premier achat dans le mois ; fidèle = a acheté dans le mois et avant.",
      },
      cohorts: {
        term: "Cohortes et rétention",
        text: "Une cohorte = les clients dont le premier achat tombe dans le mois ; mois k = ceux qui achètent au k-ième mois suivant ; rétention = mois k / la cohorte. La courbe regroupe les cohortes assez anciennes pour avoir un mois k.",
      },
    },
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
