-- Custom migration: keep catalog_version moving with every change to the catalog, in the writing transaction.
INSERT INTO "catalog_version" ("singleton", "version") VALUES (true, 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "bump_catalog_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "catalog_version" SET "version" = "version" + 1 WHERE "singleton";
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "plans_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "goals_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "goals" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "measures_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measures" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "assignments_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assignments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "indicators_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicators" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "departments_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "departments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "department_members_bump_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "department_members" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
