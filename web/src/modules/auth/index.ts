// The auth module's surface for other modules: who is signed in and what the server lets them do. LoginPage is
// routed by app/ directly.
export { DownloadButton } from './DownloadButton';
export { ROLE_LABEL, setSession, useSession } from './session';
export { useViewerCan } from './useViewerCan';
