// ESLint flat config: Next.js's rules, typescript-eslint, and the import boundaries of the architecture
// (README, "Architecture"). `npm run lint` runs it; `npm test` fails on any error.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const appImports = {
  group: ["@/app", "@/app/*", "**/app/*"],
  message:
    "components/ and lib/ never import from app/: pass server actions as props, or move the component next to its route.",
};

// lib/authz is one module: its index (server-only) is the entry point. Deep imports are for code that must
// not load the session: lib/data (./context, ./roles), client components and pure modules (./roles).
const authzSession = {
  group: ["@/lib/authz/context", "@/lib/authz/session", "@/lib/authz/page-guard"],
  message: "Import authorization from @/lib/authz (pure role rules: @/lib/authz/roles).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "test-results*/**",
      "playwright-report/**",
      "screenshots/**",
      "next-env.d.ts",
      "prisma/migrations/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Boundaries.
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/data/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [appImports, authzSession] }],
    },
  },
  {
    files: ["lib/data/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/authz",
              message:
                "lib/data takes an OrgContext: import @/lib/authz/context and @/lib/authz/roles (the index loads the session and next/*).",
            },
          ],
          patterns: [
            appImports,
            {
              group: ["@/lib/authz/session", "@/lib/authz/page-guard"],
              message: "lib/data takes an OrgContext; the session is resolved at the edge.",
            },
            {
              group: ["next", "next/*", "next-auth", "next-auth/*"],
              message:
                "lib/data is plain data access: cookies, headers and client IPs are read at the edge (app/, lib/http) and passed in.",
            },
          ],
        },
      ],
    },
  },
  {
    // Seeds, scripts and benchmarks run under tsx --conditions=react-server, where next-auth (loaded by
    // the index's session half) cannot start.
    files: [
      "prisma/**/*.ts",
      "scripts/**/*.ts",
      "bench/**/*.ts",
      "tests/security/**/*.ts",
      "tests/fixtures/**/*.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/authz",
              message: "Outside Next, import @/lib/authz/context and @/lib/authz/roles (no session there).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "app/ reaches the database through lib/data query modules only." },
            {
              name: "@prisma/client",
              message: "app/ reaches the database through lib/data query modules only.",
              allowTypeImports: true,
            },
          ],
          patterns: [authzSession],
        },
      ],
    },
  },
];

export default config;
