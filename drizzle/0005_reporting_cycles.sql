CREATE TYPE "public"."reporting_cycle" AS ENUM('MONTHLY', 'QUARTERLY', 'HALF_YEARLY');--> statement-breakpoint
CREATE TABLE "reporting_cycles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"measure_id" integer,
	"cycle" "reporting_cycle" NOT NULL,
	"due_working_day" smallint,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_cycles_due_day_range" CHECK ("reporting_cycles"."due_working_day" between 1 and 20),
	CONSTRAINT "reporting_cycles_due_day_on_plan" CHECK (("reporting_cycles"."measure_id" is null) = ("reporting_cycles"."due_working_day" is not null))
);
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_cycles_plan_measure_unique" ON "reporting_cycles" USING btree ("plan_id",coalesce("measure_id", 0));