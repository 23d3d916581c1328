CREATE TYPE "public"."warning_level" AS ENUM('GREY', 'GREEN', 'BLUE', 'YELLOW', 'RED');--> statement-breakpoint
CREATE TABLE "warning_states" (
	"measure_id" integer PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"level" "warning_level" NOT NULL,
	"reason" text NOT NULL,
	"as_of" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "warning_states" ADD CONSTRAINT "warning_states_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_states" ADD CONSTRAINT "warning_states_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;