/**
 * En-tête et pied de page du rapport imprimé, et résumé imprimé de la feuille Uplift (fr) ; les
 * clés sont celles de l'anglais (test/i18n.test.ts). « &P » et « &N » sont les codes Excel du
 * numéro de page et du nombre de pages : à garder tels quels.
 */
const print = {
  reportName: "Rapport CRM Analytics",
  asOf: "Au {{date}}",
  generated: "Généré le {{date}}",
  page: "Page &P sur &N",
  upliftSummaryHeading:
    "Résumé : ce que chaque campagne a apporté (une ligne par campagne et bras)",
  upliftAppendixHeading:
    "Annexe : uplift par ventilation, tel qu'imprimé (tous les chiffres sont dans le tableau par ventilation ci-dessus)",
} as const;
export default print;
