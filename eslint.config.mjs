import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import prettier from "eslint-plugin-prettier";

// The office-addins config registers its own copy of @typescript-eslint's plugin: take the
// recommended rules from that same copy so rule versions and options match.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])
  .plugins["@typescript-eslint"];
const tsRecommendedRules = {
  ...tsPlugin.configs["eslint-recommended"].overrides[0].rules,
  ...tsPlugin.configs.recommended.rules,
};

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    // The office-addins config only covers .ts/.js; extend the same setup to .tsx.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, prettier },
    rules: { "prettier/prettier": ["error", { endOfLine: "auto" }] },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...tsRecommendedRules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-undef": "off",
      // The copy of this rule bundled by eslint-plugin-office-addins predates ESLint 9.
      "@typescript-eslint/no-unused-expressions": "off",
      "no-unused-expressions": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
];
