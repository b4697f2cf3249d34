/** Labels of the report's migration sheet (fr); keys must match the other language (test/i18n.test.ts). */
const migration = {
  title: "Migration entre segments",
  subtitle: {
    dates: "Des segments au {{from}} (lignes) aux segments au {{to}} (colonnes).",
    map: "Carte des segments : {{map}} ; les mêmes options aux deux dates.",
  },
  countsHeading: "Clients passés d'un segment à un autre",
  sharesHeading: "Pourcentages en ligne : où sont allés les clients de chaque segment",
  column: {
    from: "Segment au {{date}}",
    leaving: "Sortants (aucun achat sur la période)",
    total: "Clients au {{date}}",
  },
  entering: "Entrants (nouveaux ou de retour)",
  totalAtEnd: "Clients au {{date}}",
  allHistoryNote:
    "Avec tout l'historique comme période, personne ne sort : un client noté une fois le reste. Choisissez une période (par exemple les 12 derniers mois) pour voir des clients sortir.",
  method: {
    from: "Date de début de la migration",
    to: "Date de fin de la migration",
    matrix: {
      term: "Matrice de migration",
      text: "Chaque client noté aux deux dates compte une fois, dans la ligne de son segment à la date de début et la colonne de son segment à la date de fin. Les deux dates utilisent les mêmes options (scores, règle, carte, période).",
    },
    entering: {
      term: "Entrants",
      text: "Clients notés à la date de fin mais pas à la date de début : nouveaux clients, ou clients revenus dans la période.",
    },
    leaving: {
      term: "Sortants",
      text: "Clients notés à la date de début mais pas à la date de fin : aucun achat dans la période de la date de fin.",
    },
    shares: {
      term: "Pourcentage en ligne",
      text: "Clients d'une case / clients du segment de la ligne à la date de début ; avec la colonne des sortants, une ligne fait 100 %.",
    },
  },
} as const;
export default migration;
