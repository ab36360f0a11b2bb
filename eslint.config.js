// Lint: TypeScript's recommended rules with type information off (tsc already type-checks), and
// the Lit and web-component rules for src/ui. Formatting is Prettier's job, not the linter's.
import js from "@eslint/js";
import lit from "eslint-plugin-lit";
import wc from "eslint-plugin-wc";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "src/locales/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["src/ui/**/*.ts"],
    ...lit.configs["flat/recommended"],
  },
  {
    files: ["src/ui/**/*.ts"],
    ...wc.configs["flat/recommended"],
  },
);
