import { Skeleton } from 'antd';
import { Children, isValidElement, type ReactNode, Suspense, useEffect } from 'react';
import { createRoutesFromChildren, matchRoutes, Navigate, Route, Routes, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../modules/auth/session';
import { PageFrame } from '../modules/plan/PageFrame';
import { PlanLayout } from '../modules/plan/PlanLayout';
import { preloadECharts } from '../ui/EChart';
import { lazyPage as page } from './lazy-page';

// Every screen, the login page too, loads when first opened: the app's own chunk holds the frame (the plan layout)
// and the framework, and each page brings only the components it uses. A page whose code cannot be fetched (server
// down) says so and loads by itself when the server is back.
const LoginPage = page(() => import('../modules/auth/LoginPage'), 'LoginPage');
const CockpitPage = page(() => import('../modules/plan/CockpitPage'), 'CockpitPage');
const PlanListPage = page(() => import('../modules/plan/PlanListPage'), 'PlanListPage');
const AssessmentPage = page(() => import('../modules/assessment/AssessmentPage'), 'AssessmentPage');
const BigScreenPage = page(() => import('../modules/plan/BigScreenPage'), 'BigScreenPage');
const DepartmentPage = page(() => import('../modules/department/DepartmentPage'), 'DepartmentPage');
const DepartmentRegisterPage = page(
  () => import('../modules/department-admin/DepartmentRegisterPage'),
  'DepartmentRegisterPage',
);
const DeliveryLogPage = page(() => import('../modules/message/DeliveryLogPage'), 'DeliveryLogPage');
const DeskPage = page(() => import('../modules/department/DeskPage'), 'DeskPage');
const FeedPage = page(() => import('../modules/feed/FeedPage'), 'FeedPage');
const GoalPage = page(() => import('../modules/goal/GoalPage'), 'GoalPage');
const IndicatorPage = page(() => import('../modules/indicator/IndicatorPage'), 'IndicatorPage');
const MeasurePage = page(() => import('../modules/measure/MeasurePage'), 'MeasurePage');
const SupervisionPage = page(() => import('../modules/supervision/SupervisionPage'), 'SupervisionPage');
const MeetingPage = page(() => import('../modules/meeting/MeetingPage'), 'MeetingPage');
const EvaluationPage = page(() => import('../modules/evaluation/EvaluationPage'), 'EvaluationPage');
const NewPlanPage = page(() => import('../modules/plan-editor/NewPlanPage'), 'NewPlanPage');
const ImportPlanPage = page(() => import('../modules/plan-editor/ImportPlanPage'), 'ImportPlanPage');
const PlanEditorPage = page(() => import('../modules/plan-editor/PlanEditorPage'), 'PlanEditorPage');
const SuccessorPlanPage = page(() => import('../modules/plan-editor/SuccessorPlanPage'), 'SuccessorPlanPage');
const RevisePlanPage = page(() => import('../modules/plan-editor/RevisePlanPage'), 'RevisePlanPage');
const PlanHistoryPage = page(() => import('../modules/plan-editor/PlanHistoryPage'), 'PlanHistoryPage');
const MessagesPage = page(() => import('../modules/message/MessagesPage'), 'MessagesPage');

const PlansQuery = graphql(`
  query Plans { plans { id code title lifecycle } }
`);

/** Where a department's clerk lands: the desk of its first plan in force (else of its first plan). */
function ClerkHome() {
  const [{ data, error }] = useQuery({ query: PlansQuery });
  if (error) return <p className="empty">无法读取工作方案：{error.message}</p>;
  if (!data) return null;
  const plan = data.plans.find((p) => p.lifecycle === 'ACTIVE') ?? data.plans[0];
  if (!plan) return <PlanListPage />;
  return <Navigate to={`/plans/${plan.code}/desk`} replace />;
}

/** The home page: the plans the viewer may see; a department's clerk goes straight to its desk. */
function Home() {
  const session = useSession();
  return session?.user.role === 'REPORTER' ? <ClerkHome /> : <PlanListPage />;
}
/** What preloadRoute fetches for the home page: the plan list, which most who open it see. */
Home.preload = PlanListPage.preload;

/**
 * Beside a page that always draws charts (cockpit, big screen, indicator): fetches ECharts once the page has mounted
 * and sent its queries, so that the chunk is evaluated while the answers are on their way instead of after the first
 * chart mounts.
 */
function ChartsAhead() {
  useEffect(preloadECharts, []);
  return null;
}

function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

/** The route tree, also read (below) to know which page an address opens before anything renders. */
const ROUTES = (
  <>
    <Route path="/login" element={<LoginPage />} />
    <Route
      path="/"
      element={
        <RequireSession>
          <Home />
        </RequireSession>
      }
    />
    <Route
      path="/plans"
      element={
        <RequireSession>
          <PlanListPage />
        </RequireSession>
      }
    />
    <Route
      path="/plans/new"
      element={
        <RequireSession>
          <div className="app-content">
            <NewPlanPage />
          </div>
        </RequireSession>
      }
    />
    <Route
      path="/plans/import"
      element={
        <RequireSession>
          <div className="app-content">
            <ImportPlanPage />
          </div>
        </RequireSession>
      }
    />
    <Route
      path="/plans/:planCode/screen"
      element={
        <RequireSession>
          <BigScreenPage />
          <ChartsAhead />
        </RequireSession>
      }
    />
    <Route
      path="/plans/:planCode"
      element={
        <RequireSession>
          <PlanLayout />
        </RequireSession>
      }
    >
      <Route
        index
        element={
          <>
            <CockpitPage />
            <ChartsAhead />
          </>
        }
      />
      <Route path="meeting" element={<MeetingPage />} />
      <Route path="edit" element={<PlanEditorPage />} />
      <Route path="successor" element={<SuccessorPlanPage />} />
      <Route path="revise" element={<RevisePlanPage />} />
      <Route path="history" element={<PlanHistoryPage />} />
      <Route path="feed" element={<FeedPage />} />
      <Route path="supervision" element={<SupervisionPage />} />
      <Route path="assessment" element={<AssessmentPage />} />
      <Route path="evaluation" element={<EvaluationPage />} />
      <Route path="desk" element={<DeskPage />} />
      <Route path="goals/:goalCode" element={<GoalPage />} />
      <Route path="measures/:measureCode" element={<MeasurePage />} />
      <Route path="departments/:departmentCode" element={<DepartmentPage />} />
      <Route
        path="indicators/:indicatorCode"
        element={
          <>
            <IndicatorPage />
            <ChartsAhead />
          </>
        }
      />
    </Route>
    <Route
      path="/messages"
      element={
        <RequireSession>
          <PageFrame title="消息中心">
            <MessagesPage />
          </PageFrame>
        </RequireSession>
      }
    />
    <Route
      path="/admin/departments"
      element={
        <RequireSession>
          <DepartmentRegisterPage />
        </RequireSession>
      }
    />
    <Route
      path="/admin/deliveries"
      element={
        <RequireSession>
          <PageFrame title="发送记录">
            <DeliveryLogPage />
          </PageFrame>
        </RequireSession>
      }
    />
    <Route path="*" element={<Navigate to="/" replace />} />
  </>
);

const ROUTE_OBJECTS = createRoutesFromChildren(ROUTES);

/** The lazy pages an element renders: itself, or inside its wrappers (`<RequireSession><PlanLayout />…`). */
function lazyPagesIn(node: ReactNode): (() => Promise<void>)[] {
  if (!isValidElement(node)) return [];
  const preload = (node.type as { preload?: () => Promise<void> }).preload;
  const inside = Children.toArray((node.props as { children?: ReactNode }).children).flatMap(lazyPagesIn);
  return typeof preload === 'function' ? [preload, ...inside] : inside;
}

/**
 * Fetches the code of the pages `pathname` opens (never rejects). main.tsx waits for it before the first render, so
 * that a full load of a page shows it without a Suspense fallback in between (which React holds for 300 ms).
 */
export function preloadRoute(pathname: string): Promise<void> {
  const matches = matchRoutes(ROUTE_OBJECTS, pathname) ?? [];
  return Promise.all(matches.flatMap((match) => lazyPagesIn(match.route.element)).map((preload) => preload())).then(
    () => undefined,
  );
}

/**
 * Fetches a page's code as soon as a link to it is pointed at, touched or focused, so that the click does not wait
 * for it (a page already fetched costs nothing).
 */
export function preloadOnIntent(): void {
  let last = '';
  const intent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || link.pathname === last) return;
    last = link.pathname;
    void preloadRoute(link.pathname);
  };
  for (const type of ['pointerover', 'touchstart', 'focusin']) {
    document.addEventListener(type, intent, { passive: true, capture: true });
  }
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Skeleton active className="app-content" />}>
      <Routes>{ROUTES}</Routes>
    </Suspense>
  );
}
