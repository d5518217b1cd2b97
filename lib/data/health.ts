/** Health checks for the probes (app/api/health): the route handlers reach the database through here. */
export { pingDb } from "@/lib/db";
