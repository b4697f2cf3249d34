/** Textes de la présentation (.pptx) (fr). Mêmes clés qu’en anglais : test/i18n.test.ts. */
const deck = {
  title: {
    heading: "Analyse clients : {{name}}",
    asOf: "Données jusqu’au {{lastDay}} (au {{asOf}})",
    period: "Ce mois-ci : {{period}}",
    generated: "Produit le {{date}} par CRM Analytics pour Excel {{version}}",
  },
  footer: {
    quality:
      "{{used}} lignes utilisées sur {{read}} ; {{excluded}} exclues : voir la feuille Qualité des données du rapport.",
    qualityAll: "Les {{read}} lignes sont utilisées.",
  },
  kpis: {
    title: "Les chiffres du mois",
    kpi: "Indicateur",
    change: "Évolution",
    none: "–",
    missing: "Pas de comparaison : {{reason}}",
  },
  segments: {
    title: "Clients et chiffre d’affaires par segment",
    subtitle: "Segments RFM au {{asOf}} ; chiffre d’affaires de tout l’historique avant cette date",
    customers: "Clients",
    revenue: "Chiffre d’affaires",
    share:
      "{{segment}} : {{customers}} clients ({{customerShare}}), {{revenue}} ({{revenueShare}} du chiffre d’affaires)",
  },
  history: {
    title: "Taille des segments sur les {{months}} dernières fins de mois",
    subtitle: "Clients de chaque segment à chaque fin de mois, de {{from}} à {{to}}",
  },
  migration: {
    title: "Depuis le mois dernier : qui a changé de segment",
    subtitle: "Segments au {{from}} et au {{to}} ; les plus grands mouvements entre deux segments",
    flow: "{{count}} clients sont passés de {{from}} à {{to}}",
    entering: "{{count}} clients sont entrés (nouveaux ou de retour)",
    stayed: "{{count}} clients ({{share}}) sont restés dans leur segment",
    none: "Aucun client n’a changé de segment.",
    chartTitle: "Plus grands mouvements (clients)",
  },
  ltv: {
    title: "Valeur client par segment",
    subtitle:
      "Valeur vie client moyenne sur {{horizon}} mois (modèle BG/NBD + Gamma-Gamma) par client",
    mean: "Valeur moyenne",
    forecast: "{{horizon}} prochains mois, tous les clients (valeur du modèle) : {{forecast}}",
    trailing: "Chiffre d’affaires net des 12 derniers mois : {{revenue}}",
    ratio: "Prévision / 12 derniers mois : {{ratio}}",
    notFitted:
      "Le modèle de valeur client n’a pas pu être ajusté sur ces données : voir la feuille LTV du rapport.",
  },
  campaign: {
    title: "Campagne : {{campaign}}",
    subtitle: "Contacts du {{from}} au {{to}} ; achat dans les {{window}} jours",
    arm: "Groupe",
    treated: "Contactés",
    control: "Témoins",
    uplift: "Uplift",
    interval: "Intervalle à 95 %",
    verdict: "Verdict",
    allArms: "Tous les groupes",
    incremental:
      "Chiffre d’affaires additionnel : {{value}} (intervalle à 95 % de {{low}} à {{high}})",
    economics: "Coût {{cost}} ; ROI {{roi}}",
    noCost: "Pas de coût par contact dans les données : ROI non calculé.",
    settle: "Pour trancher : {{text}}",
    chartTitle: "Uplift (points) et son intervalle à 95 %",
    low: "Borne basse 95 %",
    high: "Borne haute 95 %",
  },
  coverage: {
    title: "Couverture de l’objectif de contact",
    text: "{{contacted}} clients actifs contactés sur {{active}} depuis le 1er janvier {{year}} : {{share}}",
    goal: "Objectif de contact : {{goal}} des clients actifs",
    gap: "Encore {{count}} clients à contacter pour l’atteindre",
    reached: "Objectif atteint",
    none: "Aucun contact dans les données.",
  },
  notes: {
    heading: "Définitions (feuille Méthode)",
  },
};

export default deck;
