/** Le chemin entrepôt : notes des analyses qui demandent les lignes de transactions, messages de la CLI. */
const warehouse = {
  needsLines: {
    history:
      "Historique des segments et acheteurs nouveaux ou fidèles par fin de mois non calculés : ils demandent les lignes de transactions (un résumé par client n'a qu'une ligne par client) ; le résumé mensuel (--monthly) donne les acheteurs par mois",
    segmentHistory:
      "Segments à chaque fin de mois non calculés : ils demandent les achats de chaque client jusqu'à chaque fin de mois (les acheteurs nouveaux ou fidèles par mois viennent du résumé mensuel)",
    cohorts:
      "Cohortes de premier achat et rétention par mois non calculées : elles demandent les achats de chaque client mois par mois, que le résumé mensuel ne contient pas",
    kpis: "Indicateurs de période non calculés : ils demandent les lignes de transactions ; le résumé mensuel (--monthly) donne chiffre d'affaires, commandes, clients actifs, nouveaux et fidèles par mois",
    historical:
      "Formules de LTV historique (simple et par rétention) et taux de rétention annuel non calculés : ils demandent les lignes de transactions",
    validation:
      "Contrôle de la LTV sur une période de test non calculé : sans --calibration-end il réajuste le modèle sur une partie des lignes ; indiquez --calibration-end pour le contrôler depuis le résumé",
    contactSegments:
      "Gain par segment RFM non calculé : le segment à la date de chaque contact demande l'historique de tous les clients à cette date",
    campaigns:
      "Indicateurs de campagne (couverture, produits après contact) non calculés : ils demandent les lignes de transactions",
    noContacts:
      "Gain des campagnes non calculé : aucun résultat de contacts fourni (--contact-outcomes)",
  },
  summaryBadValue: "{{file}} : colonne {{column}}, ligne {{row}} : valeur illisible « {{value}} »",
  summaryMissingColumn:
    "{{file}} : la colonne {{column}} manque (les colonnes de `crm-analytics sql`)",
  badIdentifier: "Le nom {{name}} ne peut pas servir de nom de table ou de colonne ({{reason}})",
  engineUsed: "Lu avec le moteur DuckDB intégré : {{files}}",
  /** Le bloc de la feuille Qualité des données : ce que les résumés n'ont pas permis de calculer. */
  notComputedHeading: "Non calculé à partir des résumés",
};
export default warehouse;
