/** `analyze --postgres` : messages du chemin PostgreSQL (jamais avec un mot de passe). */
const postgres = {
  read: "Lu depuis PostgreSQL {{target}} : {{tables}}",
  mapped: "Colonnes de {{table}} : {{columns}}",
  connect: "Connexion à PostgreSQL {{target}} impossible : {{reason}}",
  query: "PostgreSQL {{target}} a refusé la requête : {{reason}}",
  missingColumn:
    "La table {{table}} n'a pas de colonne pour {{field}} (colonnes : {{columns}}) ; renommez-la ou passez une vue qui l'a",
  noIdColumn: "La table {{table}} n'a pas de colonne d'identifiant client (colonnes : {{columns}})",
  noTable: "--postgres demande --transactions TABLE",
};
export default postgres;
