ALTER TABLE "departments" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "former_names" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "retired_on" date;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_merged_into_id_departments_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_unique" ON "departments" USING btree ("name");--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_merged_only_when_retired" CHECK ("departments"."merged_into_id" is null or "departments"."retired_on" is not null);--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_not_merged_into_self" CHECK ("departments"."merged_into_id" is null or "departments"."merged_into_id" <> "departments"."id");