/** Textes des diapositives ajoutés après la première version de la présentation (fr). */
const deckSlides = {
  kpis: {
    subtitle:
      "Ce mois = le dernier mois complet avant le {{asOf}}. Évolution : % relatif pour les nombres et montants, points pour les taux.",
  },
};

export default deckSlides;
