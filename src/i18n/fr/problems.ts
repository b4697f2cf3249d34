/** problems strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const problems = {
  reject: {
    missingCustomerId: "Pas d'identifiant client",
    missingDate: "Pas de date",
    badDate: "Date illisible",
    implausibleDate: "Date au-delà du dernier jour d'Excel (31/12/9999)",
    missingAmount: "Pas de montant (ni quantité et prix unitaire)",
    badAmount: "Montant illisible",
    badQuantity: "Quantité absente ou illisible",
    badUnitPrice: "Prix unitaire absent ou illisible",
    errorCell: "Valeur d'erreur dans une cellule obligatoire",
    badGroup: "Groupe ni ciblé ni témoin",
    missingCampaign: "Pas de campagne",
    repeatedHeader: "Ligne d'en-tête répétée dans les données",
    malformedCsvRow: "Guillemets qui ne vont pas par paires sur cette ligne du fichier CSV",
  },
  rejectAt: "Feuille {{sheet}}, colonne {{column}}, ligne {{row}} : {{reason}}",
  dateOrder:
    "Feuille {{sheet}}, colonne {{column}} : dates lues au format {{order}} (décidé par {{basis}})",
  dateOrderConflicts:
    "Feuille {{sheet}}, colonne {{column}} : dates lues au format {{order}} (décidé par {{basis}}) ; {{conflicts}} dates écrites dans l'autre sens n'ont pas pu être lues",
  dateOrderBasis: {
    data: "les données",
    culture: "la langue du classeur",
    option: "votre choix",
    default: "le réglage par défaut",
    none: "rien",
  },
  unreadableNumber:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} nombres illisibles (le premier ligne {{row}}), laissés vides",
  unreadableDate:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} dates illisibles (la première ligne {{row}}), laissées vides",
  csvQuotesReadAsText:
    "Feuille {{sheet}}, à partir de la ligne {{row}} : des guillemets qui ne vont pas par paires ont été lus comme du texte (lignes concernées : {{count}}) ; vérifiez ces valeurs",
  unreadableBoolean:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} valeurs oui/non illisibles (la première ligne {{row}}), laissées vides",
  errorValue:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} valeurs d'erreur comme {{error}} (la première ligne {{row}}), laissées vides",
  invoicePrefixNotReturn:
    "Feuille {{sheet}}, colonne {{column}} : la plupart des n° de facture commencent par C ({{count}}), C n'y marque donc pas les retours",
  fileNotFound: "Fichier introuvable : {{file}}",
  unreadableFile: "Impossible de lire {{file}} : {{reason}}",
  unwritableFile: "Impossible d'écrire {{file}} : {{reason}}",
  outputIsInput:
    "{{option}} {{output}} est le fichier d'entrée {{input}} : choisissez un autre nom (les fichiers d'entrée ne sont jamais écrasés)",
  file: {
    passwordProtected:
      "{{file}} est protégé par un mot de passe : enregistrez-en une copie sans mot de passe (dans Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis effacez-le) et analysez la copie",
    legacyXls:
      "{{file}} est un classeur Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le au format Classeur Excel (.xlsx)",
    otherOfficeFile:
      "{{file}} est un ancien document Office, pas un classeur Excel : enregistrez les données en .xlsx ou .csv",
    textNotWorkbook:
      "{{file}} est un fichier texte, pas un classeur Excel : s'il contient des données séparées par des virgules ou des points-virgules, nommez-le .csv",
    zipNotWorkbook:
      "{{file}} est une archive ZIP, pas un classeur Excel (il n'a pas de dossier xl/)",
    notWorkbook: "{{file}} n'est pas un classeur Excel (.xlsx)",
    unreadable:
      "{{file}} n'a pas pu être lu : vérifiez que c'est un fichier CSV ou Excel et qu'il s'ouvre dans Excel",
    damagedWorkbook:
      "{{file}} n'a pas pu être lu comme un classeur Excel (il est peut-être endommagé ou incomplet) : ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx",
    sheetNamesCollide:
      "{{file}} : les feuilles {{first}} et {{second}} ont les mêmes 31 premiers caractères (la longueur maximale d'un nom de feuille Excel) : renommez l'une d'elles",
    csvTooLarge:
      "{{file}} fait {{size}} Mo : plus que les {{limit}} Mo qu'un fichier CSV peut avoir dans cette exécution. Les données plus volumineuses passent par le moteur DuckDB intégré (--engine duckdb, choisi de lui-même pour les fichiers CSV sauf avec --engine memory)",
    gzipTooLarge:
      "{{file}} se décompresse en plus de {{limit}} Mo : plus qu'un fichier CSV peut avoir dans cette exécution. Les données plus volumineuses passent par le moteur DuckDB intégré (--engine duckdb, choisi de lui-même pour les fichiers CSV sauf avec --engine memory)",
    xlsxTooLarge:
      "{{file}} déclare {{size}} Mo de contenu décompressé : plus que les {{limit}} Mo qu'un classeur peut avoir dans cette exécution. Enregistrez les feuilles en .csv.gz, ou passez les fichiers CSV par le moteur DuckDB intégré (--engine duckdb)",
  },
  unsupportedFile: "Type de fichier non pris en charge : {{file}} (attendu .xlsx, .csv ou .csv.gz)",
  sheetNotFound: "Feuille {{sheet}} introuvable (feuilles : {{sheets}})",
  headerNotFound:
    "Feuille {{sheet}} : pas de ligne d'en-tête (une ligne d'au moins deux cellules de texte)",
  noTransactionsSheet:
    "Aucune feuille de transactions trouvée (feuilles : {{sheets}}) ; indiquez-la avec --transactions",
  requiredColumnMissing:
    "Feuille {{sheet}}, ligne {{row}} : colonne obligatoire {{column}} introuvable (en-têtes : {{headers}})",
  badOption: "Option {{option}} : {{value}} n'est pas valide ({{expected}})",
  noInput: "Aucun fichier en entrée",
} as const;
export default problems;
