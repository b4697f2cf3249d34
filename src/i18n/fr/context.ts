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
    notPrinted:
      "Cette feuille n'est pas dans le dossier imprimé, qui est à sa limite de pages ; le Tableau de bord imprime ce mois face au mois précédent, au même mois l'an dernier et au cumul depuis le 1er janvier.",
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
        text: "Ce mois est le dernier mois civil terminé avant la date d'analyse. Chaque période reprend les indicateurs du Tableau de bord avec la période pour fenêtre : chiffre d'affaires, commandes, panier moyen et clients actifs (clients acheteurs) sur la période ; clients, taux de réachat et couverture des contacts à sa fin. Le cumul va du 1er janvier à la fin de ce mois, comparé aux mêmes mois un an plus tôt. Évolutions en % relatif pour les nombres et montants, en points pour les taux. Une période que les données ne couvrent pas (elles commencent plus de 7 jours après son premier jour) n'a pas de chiffres plutôt que des zéros.",
      },
      monthEnds: {
        term: "Segments à chaque fin de mois",
        text: "Pour chacune des 12 dernières fins de mois, le segment RFM de chaque client tel que la feuille RFM le donnerait avec la date d'analyse au 1er du mois suivant (mêmes scores, seuils et grille), en un seul passage sur les transactions triées par date.",
      },
      segmentRevenue: {
        term: "Chiffre d'affaires par segment",
        text: "Chiffre d'affaires net du mois (retours déduits), selon le segment de son client à la fin du mois ; les clients sans segment alors (seulement des retours) sont « Pas encore de segment ».",
      },
      newReturning: {
        term: "Nouveaux clients et clients fidèles",
        text: "Nouveau : le premier achat du client (sur toutes les données, pas seulement les mois du tableau) tombe dans le mois. Fidèle : a acheté dans le mois et avait acheté avant. Nouveaux + fidèles = les clients acheteurs du mois.",
      },
      cohorts: {
        term: "Cohortes de premier achat et rétention",
        text: "Une cohorte réunit les clients dont le premier achat tombe dans un mois du tableau ; le mois k compte ceux qui ont acheté au k-ième mois civil suivant. Rétention = ce nombre / les clients de la cohorte. La courbe regroupe toutes les cohortes assez anciennes pour avoir un mois k.",
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
