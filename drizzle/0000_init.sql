CREATE TYPE "public"."assignment_role" AS ENUM('LEAD', 'PARTICIPANT');--> statement-breakpoint
CREATE TYPE "public"."department_kind" AS ENUM('GOVERNMENT_DEPARTMENT', 'PARTY_DEPARTMENT', 'JUDICIAL_ORGAN', 'TOWN', 'SUBDISTRICT', 'GROUP', 'LEADING_GROUP');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('INCREASE', 'DECREASE');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('NUMERIC', 'QUALITATIVE');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('PROJECT', 'MEASURE', 'SAFEGUARD');--> statement-breakpoint
CREATE TYPE "public"."progress_status" AS ENUM('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'LEADER', 'REPORTER', 'VIEWER');--> statement-breakpoint
CREATE TABLE "catalog_version" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "catalog_version_singleton" CHECK ("catalog_version"."singleton")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"role" "assignment_role" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "assignments_measure_id_department_id_pk" PRIMARY KEY("measure_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "department_members" (
	"group_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "department_members_group_id_member_id_pk" PRIMARY KEY("group_id","member_id"),
	CONSTRAINT "department_members_not_self" CHECK ("department_members"."group_id" <> "department_members"."member_id")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "department_kind" NOT NULL,
	"office_department_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "departments_code_unique" UNIQUE("code"),
	CONSTRAINT "departments_code_format" CHECK ("departments"."code" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	CONSTRAINT "departments_name_present" CHECK (length(btrim("departments"."name")) > 0),
	CONSTRAINT "departments_office_only_for_leading_group" CHECK ("departments"."office_department_id" is null or "departments"."kind" = 'LEADING_GROUP')
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"plan_id" integer,
	"type" text NOT NULL,
	"measure_id" integer,
	"goal_id" integer,
	"department_id" integer,
	"indicator_id" integer,
	"actor_user_id" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	CONSTRAINT "goals_plan_code_unique" UNIQUE("plan_id","code"),
	CONSTRAINT "goals_plan_id_unique" UNIQUE("plan_id","id"),
	CONSTRAINT "goals_title_present" CHECK (length(btrim("goals"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"measure_id" integer,
	"department_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"baseline" numeric,
	"baseline_year" integer,
	"target" numeric,
	"target_date" date NOT NULL,
	"direction" "indicator_direction" NOT NULL,
	"target_kind" "target_kind" NOT NULL,
	"target_text" text NOT NULL,
	CONSTRAINT "indicators_plan_code_unique" UNIQUE("plan_id","code"),
	CONSTRAINT "indicators_plan_id_unique" UNIQUE("plan_id","id"),
	CONSTRAINT "indicators_numeric_has_target" CHECK ("indicators"."target_kind" <> 'NUMERIC' or "indicators"."target" is not null),
	CONSTRAINT "indicators_baseline_year_with_baseline" CHECK ("indicators"."baseline_year" is null or "indicators"."baseline" is not null),
	CONSTRAINT "indicators_baseline_year_range" CHECK ("indicators"."baseline_year" is null or "indicators"."baseline_year" between 1949 and 2200),
	CONSTRAINT "indicators_name_present" CHECK (length(btrim("indicators"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"parent_id" integer,
	"goal_id" integer,
	"code" text NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	CONSTRAINT "measures_plan_code_unique" UNIQUE("plan_id","code"),
	CONSTRAINT "measures_plan_id_unique" UNIQUE("plan_id","id"),
	CONSTRAINT "measures_top_level_kinds" CHECK ("measures"."kind" = 'MEASURE' or "measures"."parent_id" is null),
	CONSTRAINT "measures_not_own_parent" CHECK ("measures"."parent_id" is null or "measures"."parent_id" <> "measures"."id"),
	CONSTRAINT "measures_title_present" CHECK (length(btrim("measures"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"doc_number" text,
	"issued_on" date,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"summary" text,
	"leading_group_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code"),
	CONSTRAINT "plans_period_ordered" CHECK ("plans"."starts_on" <= "plans"."ends_on"),
	CONSTRAINT "plans_code_format" CHECK ("plans"."code" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	CONSTRAINT "plans_title_present" CHECK (length(btrim("plans"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_observations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric NOT NULL,
	"as_of" date NOT NULL,
	"note" text,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text,
	CONSTRAINT "indicator_observations_idempotency_unique" UNIQUE("submitted_by","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" "progress_status" NOT NULL,
	"percent_complete" smallint NOT NULL,
	"summary" text NOT NULL,
	"problems" text,
	"next_steps" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"idempotency_key" text,
	CONSTRAINT "progress_reports_idempotency_unique" UNIQUE("submitted_by","idempotency_key"),
	CONSTRAINT "progress_reports_percent_range" CHECK ("progress_reports"."percent_complete" between 0 and 100),
	CONSTRAINT "progress_reports_version_positive" CHECK ("progress_reports"."version" >= 1),
	CONSTRAINT "progress_reports_period_format" CHECK ("progress_reports"."period" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$'),
	CONSTRAINT "progress_reports_summary_length" CHECK (length(btrim("progress_reports"."summary")) between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"department_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_username_format" CHECK ("users"."username" ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
	CONSTRAINT "users_reporter_has_department" CHECK ("users"."role" <> 'REPORTER' or "users"."department_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_members" ADD CONSTRAINT "department_members_group_id_departments_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_members" ADD CONSTRAINT "department_members_member_id_departments_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_office_department_id_departments_id_fk" FOREIGN KEY ("office_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_goal_same_plan_fk" FOREIGN KEY ("plan_id","goal_id") REFERENCES "public"."goals"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_parent_same_plan_fk" FOREIGN KEY ("plan_id","parent_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_goal_same_plan_fk" FOREIGN KEY ("plan_id","goal_id") REFERENCES "public"."goals"("plan_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_leading_group_id_departments_id_fk" FOREIGN KEY ("leading_group_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_indicator_same_plan_fk" FOREIGN KEY ("plan_id","indicator_id") REFERENCES "public"."indicators"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_department_plan_idx" ON "assignments" USING btree ("department_id","plan_id");--> statement-breakpoint
CREATE INDEX "assignments_plan_idx" ON "assignments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "events_plan_cursor_idx" ON "events" USING btree ("plan_id","transaction_id","id");--> statement-breakpoint
CREATE INDEX "events_cursor_idx" ON "events" USING btree ("transaction_id","id");--> statement-breakpoint
CREATE INDEX "goals_plan_position_idx" ON "goals" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "indicators_plan_position_idx" ON "indicators" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "indicators_department_idx" ON "indicators" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "measures_plan_position_idx" ON "measures" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "measures_parent_idx" ON "measures" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "indicator_observations_indicator_idx" ON "indicator_observations" USING btree ("indicator_id","as_of");--> statement-breakpoint
CREATE INDEX "progress_reports_measure_idx" ON "progress_reports" USING btree ("measure_id","submitted_at");--> statement-breakpoint
CREATE INDEX "progress_reports_department_idx" ON "progress_reports" USING btree ("department_id","submitted_at");