import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadOnIntent, preloadRoute } from './app/routes';
import './app/app.css';

dayjs.locale('zh-cn');

/**
 * How long the first render waits for the code of the page the address opens. Rendered without it, the page shows a
 * skeleton that React then keeps for at least 300 ms; past this wait (a slow or broken link) it shows the skeleton,
 * and the page's own load tells when the code cannot be fetched.
 */
const FIRST_PAGE_WAIT_MS = 1_000;

// Not a top-level await: pages import from this chunk, which must have finished evaluating before they run (with an
// await here, the bundler splits everything they share with it into chunks of its own: ten more files per route).
void Promise.race([
  preloadRoute(location.pathname),
  new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS)),
]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  preloadOnIntent();
});
