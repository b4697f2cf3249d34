/** Labels of the report's dashboard sheet (fr); keys must match the other language (test/i18n.test.ts). */
const dashboard = {
  title: "Tableau de bord CRM",
  subtitle: {
    source: "{{sheet}} ({{kind}}, {{rows}} lignes utilisées)",
    sources: "Sources : {{list}}.",
    asOf: "Au {{asOf}} (données jusqu'à la veille) ; évolutions par rapport au {{previous}}.",
    window:
      "Clients actifs : un achat dans les {{months}} mois précédant la date d'analyse (du {{from}} au {{to}}) ; CA et panier moyen sur ces mois.",
  },
  tilePeriod: {
    window: "{{label}}, {{months}} mois au {{to}}",
    allHistory: "{{label}}, tout l'historique au {{to}}",
  },
  previous: {
    window: "précédent : {{months}} mois au {{to}}",
    allHistory: "précédent : tout l'historique au {{to}}",
    asOf: "précédent : au {{to}}",
  },
  tile: {
    customers: "Clients",
    activeCustomers: "Clients actifs",
    revenue: "CA",
    aov: "Panier moyen",
    repeatRate: "Taux de réachat",
    averageClv: "CLV moyenne",
    bestCampaign: "Meilleure campagne, CA incr.",
    coverage: "Couverture",
  },
  chart: {
    segments: "Clients et chiffre d'affaires par segment",
    segmentsAxis: "Part",
    monthly: "CA mensuel des clients actifs",
    monthlyAxis: "Chiffre d'affaires",
    uplift: "Uplift par segment RFM : {{campaign}} (intervalle à 95 %)",
    upliftAxis: "Uplift (points)",
  },
  heatMapHeading: "Clients par score R et F (R x F)",
  dataHeading: "Données des graphiques",
  leftOutHeading: "Non affiché",
  leftOut: {
    segments:
      "Clients et CA par segment : le tableau de la feuille Segments n'est pas dans ce rapport.",
    heatMap: "Carte R x F : pas d'analyse RFM dans ce rapport.",
    uplift: "Uplift par segment : aucune campagne avec une ventilation RFM dans ce rapport.",
    monthly: "CA mensuel : aucune transaction avant la date d'analyse.",
  },
  column: {
    month: "Mois",
    from: "Du",
    days: "Jours",
    revenue: "Chiffre d'affaires",
    orders: "Commandes",
    buyers: "Acheteurs",
    r: "Score R",
    f: "F {{score}}",
    segment: "Segment",
    nTreated: "Ciblés",
    nControl: "Témoins",
    uplift: "Uplift",
    ciLow: "Borne basse 95 %",
    ciHigh: "Borne haute 95 %",
    minus: "En dessous",
    plus: "Au-dessus",
  },
  method: {
    asOf: "Tableau de bord au",
    previous: "Période précédente au",
    activeMonths: "Fenêtre d'activité (mois)",
    campaign: "Campagne du graphique d'uplift par segment",
    definition: {
      tiles: {
        term: "Indicateurs du tableau de bord",
        text: "Chaque indicateur est une formule sur le tableau qu'il résume (Clients : SegmentSummary ; Clients actifs et Taux de réachat : RfmCustomers ; CA et panier moyen : le tableau du CA mensuel ; CLV moyenne : LtvCustomers ; Meilleure campagne : UpliftByCampaign ; Couverture : CampaignCoverage) ; un indicateur dont le tableau n'est pas dans le rapport affiche la valeur de l'analyse.",
      },
      active: {
        term: "Client actif",
        text: "Un client ayant acheté dans les {{months}} derniers mois civils avant la date d'analyse (ce jour exclu, comme pour le RFM).",
      },
      revenue: {
        term: "CA et panier moyen (tableau de bord)",
        text: "Chiffre d'affaires net de la fenêtre d'activité (retours déduits) ; panier moyen = ce CA / occasions d'achat de la fenêtre (numéros de facture, ou jours pour les lignes sans numéro).",
      },
      repeatRate: {
        term: "Taux de réachat",
        text: "Part des clients ayant au moins deux occasions d'achat, sur tout l'historique avant la date d'analyse.",
      },
      change: {
        term: "Évolution par rapport à la période précédente",
        text: "Chaque indicateur recalculé un mois civil plus tôt (la date de début de la migration) : évolution relative pour les effectifs et montants, écart en points pour les taux. La CLV moyenne et la meilleure campagne n'ont pas de valeur précédente (les modèles sont ajustés une fois).",
      },
      upliftChart: {
        term: "Uplift par segment (tableau de bord)",
        text: "La campagne avec le plus de clients ciblés, tous bras confondus ; segment RFM à la date du contact ; barres = uplift, moustaches = intervalle de Newcombe à 95 %.",
      },
    },
  },
} as const;
export default dashboard;
