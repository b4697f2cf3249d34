/** ltv strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const ltv = {
  warnings: {
    noCustomers:
      "Aucun client n'a d'achat avant la fin de la période de calibrage : la valeur client ne peut pas être calculée.",
    tooFewRepeatCustomers:
      "Trop peu de clients réguliers pour ajuster le modèle {{model}} : {{count}} ont acheté plus d'une fois, il en faut {{minimum}}. La valeur client historique reste affichée.",
    notConverged:
      "L'ajustement du modèle {{model}} n'a pas convergé après {{iterations}} itérations : ses prévisions ne sont pas affichées. La valeur client historique reste affichée.",
    parameterAtBoundary:
      "Le paramètre {{parameter}} du modèle {{model}} est parti en limite de son domaine : les données ne suffisent pas à le fixer, prudence avec les prévisions.",
    spendModelUnusable:
      "Le modèle de panier n'a pas pu donner de panier moyen par achat, la CLV n'est donc pas affichée (son paramètre q, {{q}}, doit être supérieur à 1 : voir la feuille Méthode, Gamma-Gamma).",
    spendHomogeneous:
      "Les paniers moyens des clients ne diffèrent pas plus que le seul hasard ne les fait différer ({{dispersion}} fois la dispersion due au hasard) : le panier attendu par achat de chaque client est donc le panier moyen des achats répétés, {{meanSpend}} (le modèle de panier, Gamma-Gamma, à sa limite sans différence entre clients : voir la feuille Méthode).",
    spendFrequencyCorrelated:
      "Le panier par achat et la fréquence d'achat sont corrélés ({{correlation}}) : le modèle de panier (Gamma-Gamma) suppose qu'ils ne le sont pas, ses prévisions de panier sont donc moins fiables (voir la feuille Méthode).",
    lifetimeUnknown:
      "Indiquez une durée de vie client attendue ou un taux de rétention annuel (Réglages, Valeur client) pour calculer la formule simple de LTV : les données couvrent moins de deux ans, aucun taux de rétention n'a pu être observé.",
    nonFiniteValues:
      "{{count}} valeurs prévues n'ont pas pu être calculées et sont laissées vides.",
  },
  formula: {
    simple:
      "LTV = marge brute {{margin}} × panier moyen {{averageOrderValue}} × achats par an {{purchasesPerYear}} × durée de vie {{lifetimeYears}} ans = {{value}}",
    retention:
      "LTV = marge brute {{margin}} × chiffre d'affaires annuel par client {{yearlyRevenuePerCustomer}} × r / (1 + d − r), r = {{retentionRate}}, d = {{yearlyDiscountRate}} = {{value}}",
    clv: "CLV = Σ sur {{horizonMonths}} mois des achats attendus × panier attendu × marge {{margin}} / (1 + {{monthlyDiscount}})^mois",
    revenueBased: "Marge 100 % : les valeurs sont du chiffre d'affaires, pas de la marge.",
  },
  fields: {
    customerId: "Client",
    segment: "Segment",
    netRevenue: "Chiffre d'affaires net",
    orders: "Commandes",
    averageOrderValue: "Panier moyen",
    purchasesPerYear: "Achats par an",
    tenureYears: "Ancienneté (années)",
    frequency: "Achats répétés",
    recency: "Récence",
    T: "Âge du client",
    monetary: "Panier moyen des achats répétés",
    pAlive: "Probabilité d'être actif",
    expectedPurchases: "Achats attendus",
    expectedSpend: "Panier attendu par achat",
    clv: "CLV",
    simpleLtv: "LTV (formule simple)",
  },
  models: {
    bgnbd: "BG/NBD (Fader, Hardie et Lee 2005)",
    gammaGamma: "Gamma-Gamma (Fader et Hardie 2013)",
  },
  holdout: {
    title: "Contrôle calibrage / validation",
    group: "Achats répétés pendant le calibrage",
    actual: "Achats réels pendant la validation",
    predicted: "Achats prévus pendant la validation",
    meanAbsoluteError: "Erreur absolue moyenne",
  },
  segments: {
    unassigned: "Sans segment",
    overall: "Tous les clients",
  },
  units: {
    day: "jours",
    week: "semaines",
    month: "mois",
  },
} as const;
export default ltv;
