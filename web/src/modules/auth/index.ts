// The auth module's surface for other modules: who is signed in. LoginPage is routed by app/ directly.
export { ROLE_LABEL, setSession, useSession } from './session';
