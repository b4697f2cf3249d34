/** Labels of the report's ltv sheet (fr); keys must match the other language (test/i18n.test.ts). */
const ltv = {
  title: "Valeur client (LTV)",
  subtitle: {
    parameters:
      "Fin de calibration {{calibrationEnd}} · unité de temps : {{timeUnit}} · horizon {{horizonMonths}} mois · actualisation {{monthlyDiscount}} par mois",
    margin: "Marge brute {{margin}} : valeurs en chiffre d'affaires, pas en marge.",
    marginProfit: "Marge brute {{margin}} : les valeurs sont des marges brutes.",
    customers: "Clients : {{customers}} (dont {{repeatCustomers}} avec des achats répétés).",
  },
  status: {
    heading: "Ce que cette feuille a pu calculer",
    complete:
      "La LTV historique, le modèle d'achats BG/NBD et le modèle de panier Gamma-Gamma sont tous présentés.",
    noBgnbd:
      "Le modèle d'achats (BG/NBD) n'a pas pu être utilisé : P(actif), achats attendus et CLV sont laissés vides. La LTV historique et les deux formules sont complètes.",
    noGammaGamma:
      "Le modèle de panier (Gamma-Gamma) n'a pas pu être utilisé : panier attendu et CLV sont laissés vides. La LTV historique, P(actif) et les achats attendus sont complets.",
  },
  warningsHeading: "Avertissements",
  formulasHeading: "Formules de LTV (modifiez une cellule d'entrée : le résultat suit)",
  simpleHeading:
    "Formule simple : LTV = marge × panier moyen × achats par an × durée de vie en années",
  retentionHeading: "Formule de rétention : LTV = marge × CA annuel × r / (1 + d − r)",
  lifetimeFromRetention:
    "La durée de vie attendue vaut 1 / (1 − r) = {{lifetime}} ans, d'après le taux de rétention annuel r = {{retention}}.",
  lifetimeGiven: "La durée de vie attendue ({{lifetime}} ans) est celle donnée dans les réglages.",
  noFormula:
    "Les formules simple et de rétention demandent un taux de rétention ou une durée de vie attendue : les données couvrent moins de deux ans et aucun n'a été donné.",
  modelsHeading: "Paramètres des modèles",
  segmentsHeading: "LTV par segment",
  holdoutHeading: "Contrôle calibration / validation : achats répétés prévus et constatés",
  holdoutSummary:
    "Période de validation de {{duration}} {{unit}} : {{actual}} achats répétés constatés, {{predicted}} prévus ; erreur absolue moyenne {{mae}} par client.",
  holdoutValidation:
    "Contrôle du modèle : un ajustement distinct sur les données jusqu'au {{calibrationEnd}} a prévu la période suivante ({{duration}} {{unit}}, jusqu'au {{holdoutEnd}}) : {{actual}} achats répétés constatés, {{predicted}} prévus ; erreur absolue moyenne {{mae}} par client. La CLV ci-dessus utilise l'ajustement sur toutes les données.",
  noHoldout:
    "Pas de période de validation : pour contrôler le modèle, fixez une fin de calibration avant la dernière transaction (la période suivante est prévue puis comparée).",
  distributionHeading: "Distribution de la CLV",
  noDistribution: "Aucune CLV n'a pu être calculée : pas de distribution à présenter.",
  customersHeading: "LTV par client",
  allCustomers: "Tous les clients",
  noSegment: "Sans segment",
  column: {
    customer: "Client",
    segment: "Segment",
    scope: "Clients",
    revenue: "CA net",
    orders: "Commandes",
    aov: "Panier moyen",
    purchasesPerYear: "Achats par an",
    tenureYears: "Ancienneté (années)",
    frequency: "Achats répétés (calibration)",
    recency: "Récence ({{unit}})",
    T: "Âge client T ({{unit}})",
    pAlive: "P(actif)",
    expectedPurchases: "Achats attendus ({{horizon}} mois)",
    expectedSpend: "Panier attendu par achat",
    clv: "CLV ({{horizon}} mois)",
    simpleLtv: "LTV (formule simple)",
    customers: "Clients",
    avgClv: "CLV moyenne",
    share: "Part des clients",
    margin: "Marge brute",
    lifetimeYears: "Durée de vie attendue (années)",
    ltv: "LTV",
    yearlyRevenue: "CA annuel par client",
    retentionRate: "Taux de rétention r",
    discountRate: "Taux d'actualisation annuel d",
    model: "Modèle",
    parameter: "Paramètre",
    value: "Valeur",
    meaning: "Signification",
    group: "Achats répétés en calibration",
    predicted: "Prévu (moyenne par client)",
    actual: "Constaté (moyenne par client)",
    bin: "Tranche de CLV",
    from: "De",
    to: "Jusqu'à (exclu)",
  },
  parameter: {
    r: "Forme de la distribution des taux d'achat (hétérogénéité des taux d'achat)",
    alpha: "Échelle de la distribution des taux d'achat, en {{unit}}",
    a: "Probabilité d'abandon : première forme de la loi bêta",
    b: "Probabilité d'abandon : seconde forme de la loi bêta",
    logLikelihood: "Log-vraisemblance à l'ajustement (plus elle est haute, mieux c'est)",
    p: "Forme de la dépense par achat",
    q: "Forme de la dispersion du panier moyen entre clients (q > 1 nécessaire)",
    v: "Échelle de la dispersion du panier moyen entre clients",
    customersUsed: "Clients à achats répétés sur lesquels le modèle de panier est ajusté",
    correlation: "Corrélation entre fréquence d'achat et dépense par achat",
    notFitted: "Non utilisé (voir les avertissements plus haut)",
    correlationWeak:
      "Faible ({{correlation}}) : la dépense ne dépend pas de la fréquence, comme le suppose le modèle Gamma-Gamma.",
    correlationStrong:
      "Forte ({{correlation}}) : la dépense dépend de la fréquence, ce que le modèle Gamma-Gamma suppose faux ; les prévisions de panier sont moins fiables.",
  },
  bin: {
    below: "Moins de {{to}}",
    between: "{{from}} à {{to}}",
    above: "{{from}} et plus",
  },
  chart: {
    segmentTitle: "CLV moyenne par segment",
    holdoutTitle: "Achats répétés en validation : constatés et prévus",
    holdoutAxis: "Achats répétés en calibration",
    holdoutValue: "Achats moyens par client",
    distributionTitle: "Clients par tranche de CLV",
    distributionAxis: "CLV",
    distributionValue: "Clients",
  },
  method: {
    calibrationEnd: "LTV : fin de calibration",
    holdoutEnd: "LTV : période de validation",
    holdoutValidation:
      "{{duration}} {{unit}} jusqu'au {{holdoutEnd}}, prévus par un ajustement distinct sur les données jusqu'au {{calibrationEnd}} (la CLV utilise toutes les données)",
    timeUnit: "LTV : unité de temps",
    horizon: "Horizon de la CLV (mois)",
    monthlyDiscount: "Taux d'actualisation de la CLV (par mois)",
    margin: "Marge brute",
    retentionRate: "Taux de rétention annuel",
    lifetimeYears: "Durée de vie attendue (années)",
    none: "non disponible",
    definition: {
      summary: {
        term: "Fréquence, récence, T",
        text: "Convention BG/NBD : les achats d'un même jour forment une occasion ; fréquence = occasions répétées (occasions − 1) jusqu'à la fin de calibration ; récence = temps de la première à la dernière occasion ; T = temps de la première occasion à la fin de calibration ; montant = valeur moyenne des occasions répétées.",
      },
      historical: {
        term: "LTV historique",
        text: "CA net à date (retours déduits), commandes (numéros de facture distincts, une par jour pour les lignes sans numéro), panier moyen = CA net / commandes, achats par an = commandes / ancienneté en années, ancienneté = jours du premier achat à la date d'analyse, bornes incluses.",
      },
      simple: {
        term: "Formule simple de LTV",
        text: "LTV = marge brute × panier moyen × achats par an × durée de vie attendue en années ; la durée de vie est donnée, ou vaut 1 / (1 − r) d'après le taux de rétention annuel r.",
      },
      retention: {
        term: "LTV par la rétention",
        text: "LTV = marge brute × CA annuel par client × r / (1 + d − r), r le taux de rétention annuel (part des clients de l'an dernier qui ont racheté cette année), d le taux d'actualisation annuel (Gupta & Lehmann 2003).",
      },
      bgnbd: {
        term: "Modèle BG/NBD",
        text: "Fader, Hardie & Lee (2005) : tant qu'il est actif, un client achète selon un taux de Poisson λ ~ Gamma(r, α) et, après chaque achat, abandonne avec une probabilité p ~ Bêta(a, b) ; ajusté par maximum de vraisemblance. Donne P(actif) et les achats attendus sur l'horizon.",
      },
      gammaGamma: {
        term: "Modèle Gamma-Gamma",
        text: "Fader & Hardie (2013) : dépense par achat ~ Gamma(p, ν), ν ~ Gamma(q, v) entre clients, ajusté sur les clients à achats répétés ; suppose la dépense indépendante de la fréquence (contrôle par la corrélation). Le panier moyen par achat n'existe que si q est supérieur à 1. Quand les paniers moyens des clients ne diffèrent pas plus que le seul hasard ne les fait différer, le meilleur ajustement est la limite du modèle où q et v sont infinis (aucune différence entre clients) : le panier attendu de chaque client est alors le panier moyen des achats répétés.",
      },
      clv: {
        term: "CLV",
        text: "Somme sur les mois de l'horizon des achats attendus dans le mois × panier attendu par achat × marge brute, actualisée par (1 + taux mensuel)^mois.",
      },
      holdout: {
        term: "Contrôle calibration / validation",
        text: "Le modèle est ajusté sur la période de calibration ; les achats répétés de chaque client pendant la période de validation sont prévus puis comparés aux achats constatés, par nombre d'achats répétés en calibration (0 … 7+).",
      },
      distribution: {
        term: "Tranches de CLV",
        text: "Tranches de largeur égale (1, 2 ou 5 × une puissance de dix) couvrant les clients jusqu'au 95e centile de la CLV ; la dernière tranche est ouverte.",
      },
    },
  },
} as const;
export default ltv;
