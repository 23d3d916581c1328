// The supervision module's surface for other modules. SupervisionPage is routed by app/ directly.
export { NoticeList } from './NoticeList';
