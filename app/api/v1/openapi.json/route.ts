import { openApiDocument } from "@/lib/api/v1/document";

/** The OpenAPI 3.1 reference of /api/v1 (public: it describes, it does not reveal data). */
export function GET() {
  return Response.json(openApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
