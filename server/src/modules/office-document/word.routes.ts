import { circularDocx } from '../assessment';
import { meetingBriefDocx } from '../meeting';
import { urgeNoticeDocx } from '../urge';
import { DOCX, type OfficeRoute } from './office-document.route';

/** The Word documents (issue 16): each made by its feature from the services of its screen. */
export const WORD_ROUTES: readonly OfficeRoute[] = [
  {
    method: 'GET',
    path: '/api/plans/:planCode/meeting-brief.docx',
    label: '调度会材料',
    async handle(scope, { params, query }) {
      const file = await meetingBriefDocx(scope, params.planCode ?? '', {
        asOf: query.get('asOf'),
        since: query.get('since'),
      });
      return { ...file, contentType: DOCX };
    },
  },
  {
    method: 'GET',
    path: '/api/plans/:planCode/circular.docx',
    label: '考核通报',
    async handle(scope, { params, query }) {
      const file = await circularDocx(scope, params.planCode ?? '', {
        period: query.get('period'),
        docNumber: query.get('docNumber'),
      });
      return { ...file, contentType: DOCX };
    },
  },
  {
    method: 'GET',
    path: '/api/urge-notices/:id/notice.docx',
    label: '督办单',
    async handle(scope, { params }) {
      return { ...(await urgeNoticeDocx(scope, params.id ?? '')), contentType: DOCX };
    },
  },
];
