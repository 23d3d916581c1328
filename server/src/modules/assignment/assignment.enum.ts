/** 责任部门 (LEAD) or 参与部门 (PARTICIPANT). */
export enum AssignmentRole {
  LEAD = 'LEAD',
  PARTICIPANT = 'PARTICIPANT',
}
