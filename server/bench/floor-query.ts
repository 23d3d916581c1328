/**
 * The floor: the whole plan graph of PLAN_GRAPH_QUERY (test/kit/queries.ts) built by ONE hand-written statement
 * inside Postgres, as `{"data":{"plan":...}}` text, so that the server around it only copies bytes to the socket.
 * What our GraphQL server costs beyond this is the price of the API layer.
 *
 * Each field follows what the resolvers compute (server/src/modules/*\/*.service.ts):
 * - Measure.goal: the measure's own goal, else its nearest ancestor's.
 * - Measure.assignments: the measure's own rows, else the nearest ancestor's with inherited = true,
 *   inheritedFrom = that ancestor and measure = the measure itself; leadDepartments and participatingDepartments
 *   are those assignments' departments by role. All in assignment position order.
 * - Goal.measures: measures whose effective goal is the goal, in measure position order.
 * - Plan.departments: distinct departments of the plan's assignments, in order of first appearance.
 * - Department.assignments(planCode) / indicators(planCode): that department's own rows in this plan, by position.
 *
 * Per-measure and per-goal lists are aggregated once per plan in grouped CTEs and hash-joined, rather than built
 * by a correlated subquery per row: several of the lookups (indicators by goal or measure, measures by goal) have
 * no index, and a correlated scan per row is quadratic on the 100x plan, which would make the floor a straw man.
 * Correlated subqueries remain where an index serves them (a group's members, the leading group and its office).
 *
 * json (not jsonb) keeps keys in the order written, the order of the GraphQL selection.
 */
export const PLAN_GRAPH_SQL = /* sql */ `
with recursive
plan as (
  select id, code, title, issuer, doc_number, issued_on, starts_on, ends_on, summary, leading_group_id
  from plans
  where code = $1
),
plan_measures as (
  select id, parent_id, goal_id, code, kind, position, title, description
  from measures
  where plan_id = (select id from plan)
),
plan_assignments as (
  select measure_id, department_id, role, position
  from assignments
  where plan_id = (select id from plan)
),
plan_indicators as (
  select id, goal_id, measure_id, department_id, code, position, name, unit, baseline, baseline_year, target,
    target_date, direction, target_kind, target_text
  from indicators
  where plan_id = (select id from plan)
),
-- Every measure paired with itself (depth 0) and each of its ancestors, nearest first.
lineage (measure_id, ancestor_id, depth) as (
  select id, id, 0 from plan_measures
  union all
  select l.measure_id, a.parent_id, l.depth + 1
  from lineage l
  join plan_measures a on a.id = l.ancestor_id
  where a.parent_id is not null
),
effective_goal as (
  select distinct on (l.measure_id) l.measure_id, a.goal_id
  from lineage l
  join plan_measures a on a.id = l.ancestor_id
  where a.goal_id is not null
  order by l.measure_id, l.depth
),
-- The measure whose assignments a measure shows: itself when the document names departments for it, else the
-- nearest ancestor that has some.
assignment_source as (
  select distinct on (l.measure_id) l.measure_id, l.ancestor_id as source_id
  from lineage l
  where l.ancestor_id in (select measure_id from plan_assignments)
  order by l.measure_id, l.depth
),
department_view as (
  select d.id, d.code, d.name, d.kind,
    coalesce((
      select json_agg(json_build_object('code', m.code, 'name', m.name) order by dm.position)
      from department_members dm
      join departments m on m.id = dm.member_id
      where dm.group_id = d.id
    ), '[]') as members_brief,
    coalesce((
      select json_agg(json_build_object('code', m.code, 'name', m.name, 'kind', m.kind) order by dm.position)
      from department_members dm
      join departments m on m.id = dm.member_id
      where dm.group_id = d.id
    ), '[]') as members_full
  from departments d
  where d.id in (select department_id from plan_assignments union select department_id from plan_indicators)
),
measure_assignments as (
  select src.measure_id,
    json_agg(json_build_object(
      'role', a.role,
      'inherited', src.source_id <> src.measure_id,
      'measure', json_build_object('code', m.code),
      'department', json_build_object('code', d.code, 'name', d.name),
      'inheritedFrom', case when src.source_id = src.measure_id then null else json_build_object('code', s.code) end
    ) order by a.position) as assignments,
    json_agg(json_build_object('code', d.code, 'name', d.name, 'kind', d.kind) order by a.position)
      filter (where a.role = 'LEAD') as leads,
    json_agg(json_build_object('code', d.code, 'name', d.name, 'kind', d.kind, 'members', d.members_brief)
      order by a.position) filter (where a.role = 'PARTICIPANT') as participants
  from assignment_source src
  join plan_assignments a on a.measure_id = src.source_id
  join plan_measures m on m.id = src.measure_id
  join plan_measures s on s.id = src.source_id
  join department_view d on d.id = a.department_id
  group by src.measure_id
),
measure_children as (
  select parent_id, json_agg(json_build_object('code', code, 'title', title) order by position) as list
  from plan_measures
  where parent_id is not null
  group by parent_id
),
measure_indicators as (
  select measure_id, json_agg(json_build_object('code', code) order by position) as list
  from plan_indicators
  where measure_id is not null
  group by measure_id
),
indicator_view as (
  select i.goal_id, i.position,
    json_build_object(
      'code', i.code, 'name', i.name, 'unit', i.unit, 'baseline', i.baseline, 'baselineYear', i.baseline_year,
      'target', i.target, 'targetDate', i.target_date, 'direction', i.direction, 'targetKind', i.target_kind,
      'targetText', i.target_text,
      'goal', json_build_object('code', g.code),
      'measure', case when m.id is null then null else json_build_object('code', m.code) end,
      'department', json_build_object('code', d.code, 'name', d.name)
    ) as body
  from plan_indicators i
  join goals g on g.id = i.goal_id
  left join plan_measures m on m.id = i.measure_id
  join department_view d on d.id = i.department_id
),
goal_indicators as (
  select goal_id, json_agg(body order by position) as list
  from indicator_view
  group by goal_id
),
goal_measures as (
  select eg.goal_id, json_agg(json_build_object('code', m.code, 'kind', m.kind, 'title', m.title) order by m.position)
    as list
  from effective_goal eg
  join plan_measures m on m.id = eg.measure_id
  group by eg.goal_id
),
department_assignments as (
  select a.department_id,
    json_agg(json_build_object(
      'role', a.role,
      'measure', json_build_object('code', m.code),
      'department', json_build_object('code', d.code)
    ) order by a.position) as list,
    min(a.position) as first_position
  from plan_assignments a
  join plan_measures m on m.id = a.measure_id
  join department_view d on d.id = a.department_id
  group by a.department_id
),
department_indicators as (
  select department_id, json_agg(json_build_object('code', code) order by position) as list
  from plan_indicators
  group by department_id
)
select json_build_object('data', json_build_object('plan', (
  select json_build_object(
    'code', p.code, 'title', p.title, 'issuer', p.issuer, 'docNumber', p.doc_number, 'issuedOn', p.issued_on,
    'startsOn', p.starts_on, 'endsOn', p.ends_on, 'summary', p.summary,
    'leadingGroup', (
      select json_build_object(
        'code', lg.code, 'name', lg.name, 'kind', lg.kind,
        'office', (select json_build_object('code', o.code, 'name', o.name) from departments o where o.id = lg.office_department_id)
      )
      from departments lg
      where lg.id = p.leading_group_id
    ),
    'goals', coalesce((
      select json_agg(json_build_object(
        'code', g.code, 'title', g.title, 'description', g.description,
        'indicators', coalesce(gi.list, '[]'),
        'measures', coalesce(gm.list, '[]')
      ) order by g.position)
      from goals g
      left join goal_indicators gi on gi.goal_id = g.id
      left join goal_measures gm on gm.goal_id = g.id
      where g.plan_id = p.id
    ), '[]'),
    'measures', coalesce((
      select json_agg(json_build_object(
        'code', m.code, 'kind', m.kind, 'title', m.title, 'description', m.description,
        'parent', case when parent.id is null then null else json_build_object('code', parent.code) end,
        'children', coalesce(c.list, '[]'),
        'goal', case when g.id is null then null else json_build_object('code', g.code, 'title', g.title) end,
        'leadDepartments', coalesce(ma.leads, '[]'),
        'participatingDepartments', coalesce(ma.participants, '[]'),
        'assignments', coalesce(ma.assignments, '[]'),
        'indicators', coalesce(mi.list, '[]')
      ) order by m.position)
      from plan_measures m
      left join plan_measures parent on parent.id = m.parent_id
      left join measure_children c on c.parent_id = m.id
      left join effective_goal eg on eg.measure_id = m.id
      left join goals g on g.id = eg.goal_id
      left join measure_assignments ma on ma.measure_id = m.id
      left join measure_indicators mi on mi.measure_id = m.id
    ), '[]'),
    'departments', coalesce((
      select json_agg(json_build_object(
        'code', d.code, 'name', d.name, 'kind', d.kind,
        'members', d.members_full,
        'assignments', da.list,
        'indicators', coalesce(di.list, '[]')
      ) order by da.first_position)
      from department_assignments da
      join department_view d on d.id = da.department_id
      left join department_indicators di on di.department_id = d.id
    ), '[]'),
    'indicators', coalesce((select json_agg(body order by position) from indicator_view), '[]')
  )
  from plan p
)))::text as body
`;
