/** Labels of the report's rfm sheet (fr); keys must match the other language (test/i18n.test.ts). */
const rfm = {
  title: "Scores RFM, une ligne par client",
  subtitle: {
    asOf: "Au {{date}} (achats antérieurs à ce jour seulement) ; {{window}}.",
    windowAll: "période : tout l'historique",
    windowFrom: "période : achats à partir du {{start}}",
    scoring:
      "Scores de 1 à {{bins}} par indicateur ({{rule}}) ; récence inversée, {{bins}} = achat le plus récent.",
    map: "Carte des segments : {{map}}. {{customers}} clients notés.",
  },
  rule: {
    quantiles: "seuils de quantiles, valeurs égales = scores égaux",
    equalGroups: "groupes de même taille, égalités départagées par l'identifiant client",
  },
  column: {
    id: "Identifiant client",
    recency: "Récence (jours)",
    frequency: "Fréquence",
    monetary: "Montant",
    aov: "Panier moyen",
    r: "R",
    f: "F",
    m: "M",
    score: "Code RFM",
    segment: "Segment",
  },
  cutPoints: {
    heading: "Seuils : quelles valeurs reçoivent quel score",
    column: {
      metric: "Indicateur",
      score: "Score",
      above: "Au-dessus de (exclu)",
      upTo: "Jusqu'à (inclus)",
      customers: "Clients",
      share: "Part des clients",
      remark: "Remarque",
    },
    metric: {
      recency: "Récence (jours)",
      frequency: "Fréquence",
      monetary: "Montant",
    },
    emptyTies:
      "Vide : des valeurs égales ont toujours le même score, et les clients à égalité tombent tous du même côté de ce seuil.",
    emptyFewer: "Vide : moins de clients que de scores.",
    splitTies:
      "Les clients dont la valeur est égale à un seuil peuvent être de part et d'autre (l'identifiant client décide).",
  },
  returnsOnly: {
    heading: "Clients n'ayant que des retours",
    listed: "Non notés : {{ids}}",
    more: "… et {{count}} de plus",
  },
  method: {
    parameter: {
      asOf: "Date d'analyse RFM",
      window: "Période RFM",
      windowAll: "Tout l'historique",
      windowFrom: "À partir du {{start}}",
      bins: "Scores RFM par indicateur",
      rule: "Règle de notation RFM",
      map: "Carte des segments",
      bands: "Tranches (dépense par an)",
      customers: "Clients notés",
      returnsOnly: "Clients à retours seuls",
    },
    quantile: {
      term: "Quantile (type 7 de R)",
      text: "Le quantile p de n valeurs triées x1 ≤ … ≤ xn vaut x(h) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)) avec h = (n − 1)·p + 1 : le défaut de R (type 7), de numpy et de CENTILE.INCLURE d'Excel. Les seuils de k scores sont les quantiles 1/k, 2/k, …, (k − 1)/k de chaque indicateur.",
    },
    rule: { term: "Règle de notation" },
    ties: {
      term: "Règle des égalités",
      quantiles:
        "Des valeurs égales ont toujours le même score : une valeur égale à un seuil va dans le groupe inférieur (les groupes sont (seuil précédent, seuil]) ; quand une égalité chevauche un seuil, le score au-delà reste vide.",
      equalGroups:
        "Groupes de même taille (à un près, comme NTILE en SQL) : les clients de même valeur sont ordonnés par identifiant client, des valeurs égales peuvent donc avoir des scores différents.",
    },
    inverted: {
      term: "Récence inversée",
      text: "Moins de jours depuis le dernier achat, c'est mieux : les scores de récence sont inversés, les clients les plus récents ont le score le plus haut ({{bins}}).",
    },
    window: {
      term: "Convention de période",
      text: "Seuls les achats des jours strictement antérieurs à la date d'analyse comptent. Récence = jour d'analyse − jour du dernier achat (un achat la veille donne 1 jour).",
    },
    features: { term: "Récence, fréquence, montant" },
    cutPoints: {
      term: "Seuils : {{metric}}",
      text: "Seuils entre les scores, valeurs croissantes : {{lines}}. Clients par score de 1 à {{bins}} : {{counts}}.",
      none: "Aucun client noté : aucun seuil.",
    },
    map: { term: "Carte des segments : {{map}}" },
    mapRule: {
      term: "Règle {{index}} : {{segment}}",
      text: "R {{r}}, F {{f}}, M {{m}} sur la grille à 5 scores. Les règles sont essayées dans cet ordre ; la première qui convient place le client.",
      any: "tous",
    },
    band: {
      term: "Tranche : {{segment}}",
      above: "Dépense par an supérieure à {{low}}.",
      between: "Dépense par an supérieure à {{low}} et jusqu'à {{high}} (inclus).",
      below: "Dépense par an jusqu'à {{high}} (inclus).",
    },
    example: { term: "Exemple détaillé : client {{id}}" },
    yearlySpend: { term: "Dépense par an" },
  },
} as const;
export default rfm;
