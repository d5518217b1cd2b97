import { buildOpenApiDocument } from "../openapi";
import { ENDPOINTS } from "./index";

let cached: ReturnType<typeof build> | null = null;

function build() {
  const doc = buildOpenApiDocument(ENDPOINTS.map((e) => e.spec));
  return {
    ...doc,
    paths: {
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          tags: ["Reference"],
          security: [],
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
      ...doc.paths,
    },
    tags: [...doc.tags, { name: "Reference" }],
  };
}

/** Built once per process: the schemas do not change at run time. */
export const openApiDocument = () => (cached ??= build());
