// 调度会 (coordination meeting): the brief made from the services that feed the 调度会 page.
import { PlanMeetingResolver } from './meeting.resolver';

export { groupProblems, type Problem, type ProblemGroup } from './meeting.rules';
export { getMeetingBrief, getProblemGroups, type MeetingBrief, meetingDays } from './meeting.service';
export { BRIEF_SECTIONS, meetingBriefDocx, meetingBriefFile } from './meeting-brief.docx';

export const meetingResolvers = [PlanMeetingResolver] as const;
