/** Le téléchargement de la présentation dans le volet (fr) ; mêmes clés que l'anglais (test/i18n.test.ts). */
const deckPane = {
  heading: "Présentation pour la direction",
  hint: "Les chiffres du mois, les segments, la valeur client et une diapositive par campagne, en présentation PowerPoint : graphiques natifs et modifiables, définitions dans les notes.",
  download: "Télécharger la présentation",
  building: "Préparation de la présentation…",
  downloaded: "La présentation est prête : {{fileName}}",
  downloadAgain: "Télécharger de nouveau la présentation : {{fileName}}",
  excelHint:
    "Excel pour Windows et Excel sur le web enregistrent la présentation dans vos téléchargements. Excel pour Mac ne peut pas enregistrer de fichier depuis le volet : ouvrez ce classeur dans Excel sur le web pour la télécharger.",
  untitled: "Classeur Excel",
  failedTitle: "La présentation n’a pas pu être préparée",
  failed: "La présentation n’a pas pu être préparée ({{reason}}).",
};

export default deckPane;
