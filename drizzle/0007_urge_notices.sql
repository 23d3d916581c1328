CREATE TYPE "public"."urge_level" AS ENUM('REMIND', 'CHASE', 'SUPERVISE');--> statement-breakpoint
CREATE TYPE "public"."urge_notice_state" AS ENUM('ISSUED', 'ACKNOWLEDGED', 'RESPONDED', 'RETURNED', 'CLOSED');--> statement-breakpoint
CREATE TABLE "urge_notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "urge_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"level" "urge_level" NOT NULL,
	"text" text NOT NULL,
	"due_on" date NOT NULL,
	"state" "urge_notice_state" DEFAULT 'ISSUED' NOT NULL,
	"issued_by" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"response" text,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "urge_notices_text_length" CHECK (length(btrim("urge_notices"."text")) between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "urge_notices" ADD CONSTRAINT "urge_notices_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urge_notices" ADD CONSTRAINT "urge_notices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urge_notices" ADD CONSTRAINT "urge_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urge_notices" ADD CONSTRAINT "urge_notices_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "urge_notices_plan_idx" ON "urge_notices" USING btree ("plan_id","state");--> statement-breakpoint
CREATE INDEX "urge_notices_department_idx" ON "urge_notices" USING btree ("department_id","state");