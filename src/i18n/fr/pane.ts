import excel from "./paneSections/excel";
import resultsView from "./paneSections/resultsView";
/** pane strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const pane = {
  app: {
    title: "CRM Analytics",
    tagline: "Segments RFM, valeur client et impact des campagnes, calculés sur cet ordinateur.",
    loading: "Chargement…",
  },
  mode: {
    excel: "Analyse de ce classeur",
    standalone: "Autonome : sans Excel",
  },
  language: {
    label: "Langue",
    en: "English",
    fr: "Français",
  },
  steps: {
    label: "Étapes",
    data: "Données",
    settings: "Paramètres",
    run: "Calcul",
    results: "Résultats",
    write: "Écriture",
  },
  data: {
    heading: "Vos données",
    excelIntro:
      "Le volet cherche les feuilles qui contiennent vos clients, vos transactions et vos contacts de campagne. Vos feuilles sont seulement lues.",
    findSheets: "Trouver mes données",
    standaloneIntro:
      "Ouvrez un classeur Excel ou des fichiers CSV. L'analyse s'exécute dans ce navigateur : vos données ne quittent jamais cet ordinateur.",
    dropZone: "Déposez ici un classeur .xlsx ou des fichiers .csv",
    or: "ou",
    chooseFiles: "Choisir des fichiers",
    fileInputLabel: "Classeur ou fichiers CSV",
    chosen: "Ouverture : {{names}}",
    trySample: "Essayer avec les données d'exemple",
    sampleHint: "Une boutique fictive : 5 000 clients, deux ans de ventes et trois campagnes.",
    rejected: {
      notSpreadsheet:
        "{{name}} n'est pas un fichier .xlsx ou .csv. Choisissez un classeur Excel ou des fichiers CSV.",
      mixed: "Ouvrez soit un classeur .xlsx, soit plusieurs fichiers .csv, mais pas les deux.",
      severalWorkbooks: "Ouvrez un seul classeur .xlsx à la fois.",
    },
  },
  settings: {
    heading: "Paramètres",
    empty: "Ouvrez d'abord vos données : les paramètres s'adaptent aux colonnes trouvées.",
  },
  run: {
    heading: "Lancer l'analyse",
    empty: "Ouvrez d'abord vos données, puis lancez l'analyse ici.",
  },
  results: {
    heading: "Résultats",
    empty: "Les résultats s'affichent ici une fois l'analyse terminée.",
  },
  write: {
    heading: "Écrire dans le classeur",
    excelEmpty: "Une fois l'analyse terminée, choisissez les feuilles à ajouter à ce classeur.",
    standaloneEmpty: "Une fois l'analyse terminée, téléchargez le rapport au format Excel.",
  },
  excel,
  resultsView,
} as const;
export default pane;
