/** Motifs d'exclusion d'une feuille de synthèse clients (quality:summary.*) ; la colonne est le détail. */
const summaryQuality = {
  missingValue: {
    label: "Synthèse : valeur manquante",
    explanation: "La colonne indiquée entre parenthèses est vide sur cette ligne de la synthèse.",
  },
  badValue: {
    label: "Synthèse : valeur illisible",
    explanation:
      "La valeur de la colonne indiquée entre parenthèses n'est ni un nombre, ni une date, ni une unité de temps.",
  },
  notWholeNumber: {
    label: "Synthèse : nombre non entier",
    explanation: "Un nombre (achats répétés, commandes) doit être entier.",
  },
  negative: {
    label: "Synthèse : valeur négative",
    explanation: "Un nombre ou une durée (frequency, recency, T) ne peut pas être négatif.",
  },
  recencyAfterT: {
    label: "Synthèse : recency après T",
    explanation:
      "La recency (du premier au dernier achat) dépasse T (du premier achat à la fin de la période) : le dernier achat serait après la période.",
  },
  duplicateId: {
    label: "Synthèse : client en double",
    explanation: "Le client a déjà une ligne plus haut ; la première ligne est gardée.",
  },
  otherSettings: {
    label: "Synthèse : autres paramètres",
    explanation:
      "La ligne a été faite avec une autre date d'analyse, fin de calibration ou unité de temps que la première : une synthèse se fait avec un seul jeu de paramètres.",
  },
};
export default summaryQuality;
