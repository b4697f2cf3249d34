/** Le classeur de formation (fr) ; mêmes clés que l'anglais (test/i18n.test.ts). */
const teaching = {
  sheet: {
    teachingRfm: "RFM (formules)",
    teachingSegments: "Segments (formules)",
    exercises: "Exercices",
    answers: "Corrigé",
  },
  rfm: {
    title: "Scores RFM en formules vivantes",
    subtitle: {
      asOf: "Au {{date}} : {{customers}} clients, scores 1-{{bins}} par quantiles, grille : {{map}}.",
      edit: "Modifiez un seuil ou une règle ci-dessous : scores, segments, la feuille Segments et ses graphiques suivent.",
      check:
        "La dernière colonne compare chaque formule au résultat du moteur : FAUX signale un client qu'une modification a déplacé.",
    },
    cutsHeading: "Seuils (modifiez les valeurs)",
    rulesHeading:
      "Grille des segments : la première règle qui correspond l'emporte (modifiez les bornes)",
    customersHeading: "Clients : R, F, M et le segment sont des formules",
    howTo: {
      heading: "Comment fonctionnent les formules",
      score:
        "F = 1 + le nombre de seuils de fréquence strictement INFÉRIEURS à la fréquence du client (M de même) : une valeur égale à un seuil reste dans le score du dessous, donc deux valeurs égales ont toujours le même score.",
      recency:
        "R est inversé : R = {{bins}} - le nombre de seuils de récence strictement inférieurs à la récence ; les clients les plus récents ont {{bins}}.",
      grid: "Avec {{bins}} scores, chaque score est lu sur la grille 1-5 de la carte : ARRONDI((score - 0,5) x 5 / {{bins}} + 0,5).",
      segment:
        "Segment = le segment de la première règle dont les bornes R, F et M contiennent toutes les scores du client.",
      quantile:
        "Les seuils du moteur sont les quantiles 1/{{bins}}, 2/{{bins}}, ... de chaque mesure (interpolation linéaire, type 7 de R).",
    },
    cuts: {
      line: "Seuil",
      between: "Scores de part et d'autre (F, M | R)",
      recency: "Récence (jours)",
      frequency: "Fréquence",
      monetary: "Montant",
    },
    rules: {
      rule: "Règle",
      segment: "Segment",
      rMin: "R de",
      rMax: "R à",
      fMin: "F de",
      fMax: "F à",
      mMin: "M de",
      mMax: "M à",
    },
    column: {
      id: "Client",
      recency: "Récence (jours)",
      frequency: "Fréquence",
      monetary: "Montant",
      r: "R",
      f: "F",
      m: "M",
      segment: "Segment",
      engineR: "R du moteur",
      engineF: "F du moteur",
      engineM: "M du moteur",
      engineSegment: "Segment du moteur",
      check: "Formule = moteur",
    },
    noRule: "(aucune règle)",
  },
  segments: {
    title: "Segments, recomptés en direct",
    subtitle:
      "Effectifs et chiffre d'affaires sont des NB.SI.ENS et SOMME.SI.ENS sur la feuille RFM (formules) : modifiez-y un seuil et regardez-les bouger.",
    chartCustomers: "Clients par segment",
    chartRevenue: "Chiffre d'affaires par segment",
    axisCustomers: "Clients",
    axisRevenue: "Chiffre d'affaires",
  },
  exercises: {
    title: "Exercices",
    subtitle:
      "Travaillez sur la feuille RFM (formules) ; annulez chaque modification avant la question suivante.",
    heading: "Questions",
    q1: "1. Quels clients sont {{segment}}, et pourquoi ? Filtrez la feuille RFM (formules) sur ce segment, puis dites quels scores R et F (et quelles valeurs de récence et de fréquence) y placent un client.",
    q2: "2. Déplacez le seuil entre R {{top}} et R {{next}} de {{from}} à {{to}} jours (cellule {{cell}} de la feuille RFM (formules)). Quels clients changent de segment, et pour lequel ? Comment la feuille Segments et ses graphiques changent-ils ?",
    q3: "3. Le client {{id}} n'achète rien dans les {{days}} prochains jours. Quel segment quitte-t-il, et lequel rejoint-il ? (Ajoutez {{days}} à sa récence.)",
    q3none:
      "3. Choisissez un client proche du seuil entre R {{top}} et R {{next}} : s'il n'achète rien dans les {{days}} prochains jours, quel segment quitte-t-il ?",
    q4: "4. Pourquoi deux clients de même fréquence ne peuvent-ils jamais avoir des scores F différents ici ? Trouvez un seuil égal à la valeur d'un client et expliquez de quel côté de la ligne il se trouve.",
  },
  answers: {
    title: "Corrigé",
    subtitle:
      "Calculé sur les données par le moteur, avec les seuils tels que l'analyse les a écrits.",
    a1: "1. {{count}} clients sont {{segment}} : la règle {{rule}} y place les clients de R {{r}} et F {{f}}. R {{rTop}} signifie une récence d'au plus {{recencyLine}} jours ; F {{fLow}} ou plus, une fréquence supérieure à {{frequencyLine}}.",
    a1none: "1. Aucun client n'est {{segment}} avec ces seuils.",
    a2: "2. Déplacer le seuil de {{from}} à {{to}} jours fait changer {{count}} clients de segment ; le tableau ci-dessous donne chaque flux.",
    a3: "3. Si le client {{id}} n'achète rien pendant {{days}} jours, sa récence passe de {{recency}} à {{later}} jours : il quitte {{from}} pour {{to}}.",
    a3none: "3. Aucun client ne change de segment après {{days}} jours de plus sans achat.",
    a3all:
      "Au total, {{count}} clients quitteraient leur segment après {{days}} jours sans achat ; les flux sont ci-dessous.",
    a4: "4. Un score vaut 1 + le nombre de seuils strictement INFÉRIEURS à la valeur : il ne dépend que de la valeur, donc deux valeurs égales ont le même score. Une valeur égale à un seuil n'est pas au-dessus et reste dans le groupe du dessous (le seuil est la plus grande valeur de son groupe).",
    championsHeading: "{{segment}} : les {{count}} premiers",
    movesHeading: "Flux quand le seuil de récence bouge",
    nextMonthHeading: "Flux après {{days}} jours sans achat",
    column: {
      id: "Client",
      recency: "Récence (jours)",
      frequency: "Fréquence",
      monetary: "Montant",
      r: "R",
      f: "F",
      m: "M",
      from: "Segment de départ",
      to: "Segment d'arrivée",
      customers: "Clients",
    },
  },
  pane: {
    heading: "Classeur de formation",
    hint: "Scores R, F, M et segments en formules vivantes sur des seuils modifiables, avec des exercices : pour une formation.",
    answers: "Inclure la feuille Corrigé",
    download: "Télécharger le classeur de formation",
    writeExcel: "Écrire le classeur de formation",
  },
  problems: {
    needsOut:
      "--teaching écrit le classeur de formation dans le fichier donné par --out : ajoutez --out formation.xlsx.",
    noAnswersAlone:
      "--no-answers va avec --teaching (il retire la feuille Corrigé du classeur de formation).",
    rule: "Le classeur de formation demande des scores par quantiles (ex aequo groupés) : les groupes égaux séparent des valeurs égales selon l'identifiant client, ce que des formules sur des seuils ne peuvent pas montrer.",
    bands:
      "Le classeur de formation demande une grille de scores (classique ou 3 niveaux) : la grille par tranches de valeur n'a pas de scores R, F, M à enseigner.",
    noCustomers: "Le classeur de formation demande au moins un client noté.",
  },
};

export default teaching;
