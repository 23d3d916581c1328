CREATE TABLE "ended_assignments" (
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"role" "assignment_role" NOT NULL,
	"since" date,
	"until" date NOT NULL,
	"revision_id" integer NOT NULL,
	CONSTRAINT "ended_assignments_span_ordered" CHECK ("ended_assignments"."since" is null or "ended_assignments"."since" <= "ended_assignments"."until")
);
--> statement-breakpoint
CREATE TABLE "plan_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"reason" text NOT NULL,
	"doc_number" text,
	"effective_on" date NOT NULL,
	"published_by" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "plan_revisions_plan_number_unique" UNIQUE("plan_id","number"),
	CONSTRAINT "plan_revisions_number_positive" CHECK ("plan_revisions"."number" > 0),
	CONSTRAINT "plan_revisions_reason_present" CHECK (length(btrim("plan_revisions"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "since" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "target_history" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "predecessor_id" integer;--> statement-breakpoint
ALTER TABLE "ended_assignments" ADD CONSTRAINT "ended_assignments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ended_assignments" ADD CONSTRAINT "ended_assignments_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ended_assignments_plan_idx" ON "ended_assignments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "ended_assignments_department_idx" ON "ended_assignments" USING btree ("department_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_predecessor_id_plans_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_withdrawn_with_reason" CHECK (("measures"."withdrawn_on" is null) = ("measures"."withdrawn_reason" is null));