import type { Sample, SampleSheet } from "./generateSample";

/** French sheet and header names of the sample -> English, for the English-header test fixture. */
const SHEET_NAMES: Record<string, string> = {
  Clients: "Customers",
  Transactions: "Transactions",
  Contacts: "Contacts",
};

const HEADERS: Record<string, string> = {
  "N° client": "Customer ID",
  Nom: "Name",
  "Date d'inscription": "Sign-up date",
  Région: "Region",
  "Tranche d'âge": "Age band",
  "N° facture": "Invoice No",
  Date: "Date",
  Catégorie: "Category",
  "Canal de vente": "Sales channel",
  Quantité: "Quantity",
  "Prix unitaire": "Unit price",
  Montant: "Amount",
  Campagne: "Campaign",
  Canal: "Channel",
  Groupe: "Group",
  "Date de contact": "Contact date",
  "Coût par contact": "Cost per contact",
};

/** Group words of the Contacts sheet. */
const VALUES: Record<string, string> = { Ciblé: "Treated", Témoin: "Control" };

/**
 * The same sample with English sheet names, headers and group words; every other value
 * (customer ids, campaign names, categories, text dates in dd/mm/yyyy) is unchanged, so the
 * truth file holds for both.
 */
export function englishVariant(sample: Sample): Sample {
  const translate = (sheet: SampleSheet): SampleSheet => ({
    name: SHEET_NAMES[sheet.name] ?? sheet.name,
    headers: sheet.headers.map((h) => HEADERS[h] ?? h),
    rows:
      sheet.name === "Contacts"
        ? sheet.rows.map((row) => row.map((v) => (typeof v === "string" && VALUES[v]) || v))
        : sheet.rows,
  });
  return { ...sample, sheets: sample.sheets.map(translate) };
}
