import summary from "./summaryQuality";
/** quality strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const quality = {
  missingCustomerId: {
    label: "Sans numéro client",
    explanation: "La ligne n'a pas de numéro client : elle ne peut être attribuée à personne.",
  },
  unreadableDate: {
    label: "Date illisible",
    explanation: "La date n'a pas pu être lue comme une date (texte, erreur ou cellule vide).",
  },
  unreadableAmount: {
    label: "Montant illisible",
    explanation: "Le montant, la quantité ou le prix n'a pas pu être lu comme un nombre.",
  },
  errorCell: {
    label: "Valeur d'erreur",
    explanation: "Une cellule obligatoire contient une erreur Excel (#N/A, #VALEUR!...).",
  },
  unknownGroup: {
    label: "Groupe inconnu",
    explanation:
      "Le groupe n'est ni ciblé ni témoin (par ex. Ciblé / Témoin, test / contrôle, 1 / 0).",
  },
  unreadableRow: {
    label: "Ligne illisible",
    explanation: "Une valeur obligatoire de la ligne n'a pas pu être lue.",
  },
  malformedCsvRow: {
    label: "Ligne CSV mal formée",
    explanation:
      "Les guillemets de la ligne sont incohérents : ses valeurs ne peuvent pas être séparées ; corrigez les guillemets dans le fichier.",
  },
  returnOrCancellation: {
    label: "Retour ou annulation",
    explanation:
      "Montant ou quantité négatifs, ou numéro de facture commençant par C ; exclu par la règle de nettoyage choisie.",
  },
  returnNetted: {
    label: "Retour déduit des achats",
    explanation: "Un retour ou une annulation, conservé et déduit des dépenses du client.",
  },
  nonPositivePrice: {
    label: "Prix unitaire nul ou négatif",
    explanation: "Les articles gratuits et les écritures de régularisation ne sont pas des ventes.",
  },
  zeroQuantityLine: {
    label: "Quantité nulle",
    explanation: "La ligne ne vend rien : ce n'est pas un achat.",
  },
  zeroAmount: {
    label: "Achat sans dépense",
    explanation:
      "Un montant nul (article gratuit) : gardé pour la fréquence et la récence, compté zéro en dépense.",
  },
  possibleDuplicate: {
    label: "Doublon possible, gardé",
    explanation:
      "Même client, même jour et même montant qu'une ligne précédente, sans numéro de commande ni heure pour les distinguer : gardé comme un second achat.",
  },
  implausibleDate: {
    label: "Date invraisemblable",
    explanation:
      "Avant 1900, une date de remplissage du type 31/12/9999, au-delà du dernier jour d'Excel, ou plus d'un an après la date d'exécution.",
  },
  implausibleAmount: {
    label: "Montant invraisemblable",
    explanation:
      "Un montant, une quantité, un prix, un coût ou un revenu qui n'est pas un nombre fini ou dépasse 1 000 000 000 000 en valeur absolue.",
  },
  valueTooLong: {
    label: "Valeur de plus de 255 caractères",
    explanation:
      "Un identifiant client, une campagne, un canal ou un attribut client de plus de 255 caractères (limite d'Excel pour les noms et les en-têtes).",
  },
  duplicateRow: {
    label: "Doublon exact",
    explanation:
      "Mêmes valeurs qu'une ligne précédente dans toutes les colonnes utiles ; la première est gardée.",
  },
  afterAnalysisDate: {
    label: "Après la date d'analyse",
    explanation: "Datée d'un jour postérieur à la date d'analyse, hors de la période analysée.",
  },
  duplicateCustomerId: {
    label: "Client déjà listé",
    explanation:
      "Le client figure sur une ligne précédente de la feuille ; la première est gardée.",
  },
  unknownCustomer: {
    label: "Client inconnu",
    explanation: "Le client contacté ne figure pas dans la feuille des clients.",
  },
  missingCampaign: {
    label: "Sans campagne",
    explanation: "Le contact ne nomme aucune campagne : il ne peut lui être attribué.",
  },
  warning: {
    contactsNotChecked:
      "Pas de feuille clients : les contacts n'ont pas pu être vérifiés ({{customers}} clients contactés, dont {{withoutPurchase}} sans aucune transaction).",
    sheetNotRecognised:
      "La feuille {{sheet}} n'a pas été reconnue comme clients, transactions ou contacts et n'a pas été utilisée.",
    noHeaderRow:
      "La feuille {{sheet}} n'a pas de ligne d'en-tête (une ligne d'au moins deux cellules de texte).",
    duplicateKind:
      "Les feuilles {{sheet}} et {{other}} ressemblent toutes deux à {{kind}} ; {{sheet}} a été utilisée. Choisissez la feuille si ce n'est pas la bonne.",
  },
  error: {
    noUsableSheet:
      "Aucune feuille de transactions ni de contacts n'a été trouvée : rien ne peut être analysé.",
    sheetNotFound: "La feuille {{sheet}} n'existe pas dans le classeur.",
    noHeaderRow:
      "La feuille {{sheet}} n'a pas de ligne d'en-tête (une ligne d'au moins deux cellules de texte).",
    missingRequiredColumn:
      "Feuille {{sheet}} : aucune colonne trouvée pour le champ obligatoire {{field}}.",
    sheetHasNoRows:
      "La feuille de transactions {{sheet}} a une ligne d'en-tête mais aucune ligne en dessous : rien ne peut être analysé.",
    noRowsBeforeAsOf:
      "La feuille de transactions {{sheet}} n'a aucune ligne datée du {{asOf}} (la date d'analyse) ou d'avant : choisissez une date d'analyse plus tardive.",
    unknownColumn: "Feuille {{sheet}} : la colonne {{column}} choisie pour {{field}} n'existe pas.",
  },
  /** Reasons of a customer summary sheet (summaryQuality.ts). */
  summary,
} as const;
export default quality;
