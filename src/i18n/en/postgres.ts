/** `analyze --postgres`: messages of the PostgreSQL path (never with a password in them). */
const postgres = {
  read: "Read from PostgreSQL {{target}}: {{tables}}",
  mapped: "Columns of {{table}}: {{columns}}",
  connect: "Could not connect to PostgreSQL {{target}}: {{reason}}",
  query: "PostgreSQL {{target}} refused the query: {{reason}}",
  missingColumn:
    "Table {{table}} has no column for {{field}} (columns: {{columns}}); rename it or give a view with that column",
  noIdColumn: "Table {{table}} has no customer id column (columns: {{columns}})",
  noTable: "--postgres needs --transactions TABLE",
};
export default postgres;
