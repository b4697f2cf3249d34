/** uplift strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const uplift = {
  verdicts: {
    positive: "Positif : la campagne a ajouté des conversions",
    "not-proven": "Non démontré : l'intervalle contient zéro",
    negative: "Négatif : la campagne a fait perdre des conversions (cannibalisation)",
    notProvenSample:
      "Non démontré : environ {{nTreated}} ciblés et {{nControl}} témoins trancheraient",
    tooSmall:
      "Non démontré, et trop faible pour compter à toute taille d'échantillon réaliste : ce test détecte {{mde}} points ou plus (puissance 80 %, {{alpha}} bilatéral)",
    tooSmallNoMde:
      "Non démontré, et trop faible pour compter à toute taille d'échantillon réaliste",
  },
  /** Le même verdict lu sur le chiffre d'affaires par client contacté (intervalle de Welch). */
  revenueVerdicts: {
    positive: "Positif : la campagne a ajouté du chiffre d'affaires",
    "not-proven": "Non démontré : l'intervalle du chiffre d'affaires contient zéro",
    negative: "Négatif : la campagne a fait perdre du chiffre d'affaires (cannibalisation)",
  },
  tests: {
    "z-test": "Test z de deux proportions (variance commune)",
    "fisher-exact": "Test exact de Fisher (un effectif attendu est inférieur à 5)",
    welch: "Test t de Welch sur le chiffre d'affaires par client",
  },
  adjustments: {
    holm: "Holm (risque global d'erreur)",
    bh: "Benjamini-Hochberg (taux de fausses découvertes)",
  },
  labels: {
    all: "Tous les ciblés",
    noValue: "(aucun)",
    treated: "Ciblés",
    control: "Témoins",
    customers: "Clients",
    conversions: "Conversions",
    rate: "Taux de conversion",
    arpu: "CA par client contacté",
    aov: "Panier moyen des acheteurs",
    upliftAbs: "Uplift (points)",
    newcombe: "Intervalle à 95 % (Newcombe)",
    wald: "Intervalle à 95 % (Wald, pour mémoire)",
    upliftRel: "Uplift relatif",
    upliftRelInterval: "Intervalle à 95 % (log du rapport)",
    pValue: "p-valeur",
    pAdjusted: "p-valeur ajustée",
    test: "Test",
    incrementalConversions: "Conversions incrémentales",
    incrementalRevenue: "CA incrémental",
    conversionsTimesBasket:
      "Conversions incrémentales x panier des ciblés (ignore les écarts de panier)",
    cost: "Coût",
    netIncrementalRevenue: "CA incrémental net",
    iroas: "iROAS",
    roi: "ROI",
    costPerIncrementalConversion: "Coût par conversion incrémentale",
    verdict: "Verdict",
    mde: "Uplift minimal détectable (puissance 80 %)",
    sampleForTarget: "Clients par groupe pour l'uplift visé",
    stratified: "Uplift post-stratifié",
    pooled: "Uplift global",
    cochranQ: "Q de Cochran (hétérogénéité entre segments)",
    smd: "Différence moyenne standardisée",
    srm: "Contrôle de la répartition (khi-deux)",
  },
  formulas: {
    upliftAbs: "Uplift = taux des ciblés - taux des témoins",
    upliftRel: "Uplift relatif = taux des ciblés / taux des témoins - 1",
    incrementalConversions: "Conversions incrémentales = uplift x clients ciblés",
    incrementalRevenue:
      "CA incrémental = (CA par client ciblé - CA par client témoin) x clients ciblés",
    iroas: "iROAS = CA incrémental / coût",
    roi: "ROI = (CA incrémental - coût) / coût",
  },
  outcome: {
    sheet: "Résultat : les colonnes converti et CA de la feuille des contacts.",
    transactions:
      "Résultat : un achat dans les {{days}} jours à partir de la date de contact, jour du contact inclus ; CA = dépense nette sur cette période.",
  },
  covariates: {
    recency: "Récence avant la campagne",
    frequency: "Fréquence avant la campagne",
    monetary: "Dépense avant la campagne",
  },
  warnings: {
    sampleRatioMismatch:
      "{{campaign}} : la taille des groupes ne correspond pas à la répartition prévue (p = {{pValue}}). Vérifiez l'affectation avant de vous fier aux résultats.",
    crossover:
      "{{campaign}} : {{customers}} clients figuraient dans deux groupes et ont été écartés.",
    contaminatedControl:
      "{{campaign}} : {{customers}} témoins ont été contactés par une autre campagne pendant la période.",
    imbalance:
      "{{campaign}} : ciblés et témoins n'étaient pas comparables avant la campagne sur {{covariate}} (différence standardisée {{smd}}, au-delà de ±0,1 : voir la feuille Méthode).",
    simpson:
      "{{campaign}} : l'uplift par {{dimension}} et l'uplift global vont en sens contraires (paradoxe de Simpson).",
    smallControl:
      "Groupe témoin réduit ({{n}} clients, {{conversions}} conversions) : à lire avec prudence.",
  },
  errors: {
    noControlGroup:
      "{{campaign}} : aucun groupe témoin, l'uplift ne peut pas être mesuré. Ajoutez des témoins ou un groupe témoin global.",
    noTreatedGroup: "{{campaign}} : aucun client ciblé.",
    noOutcome:
      "{{campaign}} : ni colonne converti ou CA, ni transactions pour mesurer les conversions.",
  },
} as const;
export default uplift;
