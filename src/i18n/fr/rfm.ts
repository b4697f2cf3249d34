/** rfm strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const rfm = {
  metrics: {
    recency: "Récence (jours)",
    frequency: "Fréquence (achats)",
    monetary: "Montant (dépense nette)",
    aov: "Panier moyen",
    yearlySpend: "Dépense par an",
    r: "R",
    f: "F",
    m: "M",
  },
  rules: {
    quantiles:
      "Scores de 1 à {{bins}} par seuils de quantiles (type 7 de R) ; des valeurs égales ont toujours le même score, certains scores peuvent donc être vides. Une valeur égale à un seuil va dans le groupe inférieur. La récence est inversée : {{bins}} = achat le plus récent.",
    equalGroups:
      "Scores de 1 à {{bins}} en groupes de même taille (comme NTILE en SQL) ; les valeurs égales sont départagées par l'identifiant client. La récence est inversée : {{bins}} = achat le plus récent.",
  },
  maps: {
    classic: {
      name: "Segments RFM classiques",
      description: "11 segments sur la grille récence x fréquence, des Champions aux Perdus.",
    },
    tiers3: {
      name: "Trois niveaux",
      description: "VIP, Réguliers et À risque : la vue simple pour un comité de direction.",
    },
    bands: {
      name: "Tranches de valeur",
      description: "Clients groupés par dépense nette annuelle, selon vos propres seuils.",
    },
  },
  segments: {
    champions: {
      name: "Champions",
      description: "Ont acheté très récemment et achètent souvent.",
      action:
        "Les récompenser : avant-premières, avantages fidélité ; demander avis et parrainages.",
    },
    loyal: {
      name: "Fidèles",
      description: "Achètent souvent et assez récemment.",
      action: "Les garder proches : montée en gamme, offres d'adhésion, remerciements personnels.",
    },
    potentialLoyalists: {
      name: "Fidèles potentiels",
      description: "Clients récents avec quelques achats.",
      action: "Installer l'habitude : programme de fidélité, recommandations.",
    },
    newCustomers: {
      name: "Nouveaux clients",
      description: "Ont acheté très récemment, pour la première fois ou presque.",
      action: "Les accueillir : parcours de bienvenue, une raison de racheter.",
    },
    promising: {
      name: "Prometteurs",
      description: "Acheteurs récents qui n'ont acheté qu'une ou deux fois.",
      action: "Faire connaître la marque : essais gratuits, contenus.",
    },
    needAttention: {
      name: "À surveiller",
      description: "Récence et fréquence moyennes.",
      action: "Offres limitées dans le temps selon leurs achats.",
    },
    aboutToSleep: {
      name: "Bientôt endormis",
      description: "Récence sous la moyenne et peu d'achats.",
      action: "Les relancer avant qu'ils décrochent : produits phares, rappels.",
    },
    atRisk: {
      name: "À risque",
      description: "Achetaient souvent, mais plus depuis longtemps.",
      action: "Les reconquérir : e-mails personnalisés, offres de renouvellement.",
    },
    cantLose: {
      name: "À ne pas perdre",
      description: "Parmi les plus fréquents, silencieux depuis longtemps.",
      action:
        "Les reconquérir en priorité : contact personnel, meilleures offres, comprendre pourquoi.",
    },
    hibernating: {
      name: "En hibernation",
      description: "Dernier achat ancien, peu d'achats.",
      action: "Réactivation à faible coût seulement : offres pertinentes, sans gros budget.",
    },
    lost: {
      name: "Perdus",
      description: "Un seul achat, il y a longtemps.",
      action: "Les laisser partir : au plus une relance à faible coût.",
    },
    vip: {
      name: "VIP",
      description: "Clients récents, fréquents et à forte dépense.",
      action: "Les garder : service, reconnaissance, offres exclusives.",
    },
    regular: {
      name: "Réguliers",
      description: "Clients récents qui ne sont pas (encore) parmi les meilleurs.",
      action: "Les développer : ventes croisées, programme de fidélité.",
    },
    tierAtRisk: {
      name: "À risque",
      description: "Sans achat depuis plus longtemps que la plupart des clients.",
      action: "Reconquérir ceux qui ont de la valeur ; laisser partir les autres.",
    },
  },
  bands: {
    above: "Plus de {{low}} par an",
    between: "De {{low}} à {{high}} par an",
    below: "Jusqu'à {{high}} par an",
    top: {
      description: "Les plus fortes dépenses annuelles.",
      action: "Les garder : service, reconnaissance, offres exclusives.",
    },
    middle: {
      description: "Clients d'une tranche de dépense intermédiaire.",
      action: "Les faire monter : ventes croisées et lots.",
    },
    bottom: {
      description: "Les plus faibles dépenses annuelles.",
      action: "Contacts à faible coût seulement ; chercher à augmenter le panier.",
    },
  },
  explain: {
    scoreRule:
      "R {{rMin}}-{{rMax}}, F {{fMin}}-{{fMax}}, M {{mMin}}-{{mMax}} sur la grille à 5 scores : {{segment}}",
    band: "Dépense annuelle entre {{low}} (exclu) et {{high}} (inclus) : {{segment}}",
    placement: "{{metric}} {{value}} : score {{score}} (entre {{below}} et {{above}})",
  },
  method: {
    asOf: "Au {{date}} : seuls les achats antérieurs à ce jour comptent.",
    window: "Période : achats à partir du {{start}}.",
    allHistory: "Période : tout l'historique.",
    definitions:
      "Récence = jours depuis le dernier achat ; fréquence = commandes distinctes (jours distincts sans numéro de commande) ; montant = dépense nette après retours, jamais négative.",
    mapGrid:
      "Les scores sur {{bins}} niveaux sont lus sur la grille à 5 niveaux de la carte des segments.",
    yearlySpend: "Dépense par an = dépense nette / {{years}} années de données.",
    unreadable_one: "{{count}} ligne dont la date ou le montant est illisible a été ignorée.",
    unreadable_many: "{{count}} lignes dont la date ou le montant est illisible ont été ignorées.",
    unreadable_other: "{{count}} lignes dont la date ou le montant est illisible ont été ignorées.",
  },
  migration: {
    entering: "Entrants (nouveaux ou de retour)",
    leaving: "Sortants (aucun achat sur la période)",
  },
  returnsOnly_one: "{{count}} client n'ayant que des retours sur la période n'est pas noté.",
  returnsOnly_many: "{{count}} clients n'ayant que des retours sur la période ne sont pas notés.",
  returnsOnly_other: "{{count}} clients n'ayant que des retours sur la période ne sont pas notés.",
  problems: {
    bins: "Le nombre de scores RFM doit être l'un de {{allowed}} (reçu {{value}}).",
    windowMonths: "La période RFM doit être un nombre entier de mois de 1 à 1200 (reçu {{value}}).",
    asOf: "La date d'analyse RFM n'est pas une date valide ({{value}}).",
    bandCount: "Les tranches de valeur demandent 1 à 9 seuils (reçu {{value}}).",
    bandValue:
      "Les seuils des tranches de valeur doivent être des nombres positifs ou nuls (reçu {{value}}).",
    bandOrder: "Les seuils des tranches de valeur doivent être croissants (reçu {{value}}).",
  },
} as const;
export default rfm;
