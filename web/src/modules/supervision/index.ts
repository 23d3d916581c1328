// The supervision module's surface for other modules. SupervisionPage is routed by app/ directly.
export { NoticeList } from './NoticeList';
/** The notice list (an Ant Design Table) as its own chunk, for a page that shows it only when there are notices. */
export const loadNoticeList = () => import('./NoticeList');
